package dev.canopy.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of a database as "N rows, digest of their contents" (rows in any order): two equal fingerprints mean
 * every table holds exactly the same rows, so a crash test can say "nothing of the killed edit is left" about records,
 * audit, outbox, touches, shadows and settings at once rather than about the few it thinks of.
 */
final class StoreFingerprint {

    private StoreFingerprint() {
    }

    static Map<String, String> of(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, String> fingerprint = new TreeMap<>();
        for (String table : tables) {
            fingerprint.put(table.toLowerCase(java.util.Locale.ROOT), table(connection, table));
        }
        return fingerprint;
    }

    private static String table(Connection connection, String table) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("select * from \"" + table + "\"")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    line.append(rows.getString(c)).append('\u0001');
                }
                lines.add(line.toString());
            }
        }
        java.util.Collections.sort(lines);
        MessageDigest digest = sha256();
        lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        return lines.size() + " rows, " + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
