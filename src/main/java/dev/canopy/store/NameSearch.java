package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Live computers (by name) and people (by name or e-mail) whose text contains a query, ignoring case: what the
 * command palette finds as the technician types. Each query stops at a limit, exact and prefix matches first, so a
 * one-letter query over 100k computers hands back a screenful, not the fleet.
 */
final class NameSearch {

    private NameSearch() {
    }

    static List<FoundRecord> find(Connection connection, String rawQuery, int limit) throws SQLException {
        String query = rawQuery == null ? "" : rawQuery.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<FoundRecord> found = new ArrayList<>();
        // a contains-match cannot use an index whatever we add; one bounded scan of a narrow table is a few ms at 100k
        select(connection, "select id, name, tenant_id, os from computer where deleted = false and lower(name) like ? escape '\\'"
                + " order by case when lower(name) = ? then 0 when lower(name) like ? escape '\\' then 1 else 2 end, name limit ?",
                FoundRecord.Kind.COMPUTER, query, limit, found);
        select(connection, "select id, display_name, tenant_id, email from person where deleted = false"
                + " and (lower(display_name) like ?1 escape '\\' or lower(email) like ?1 escape '\\')"
                + " order by case when lower(display_name) = ?2 or lower(email) = ?2 then 0"
                + " when lower(display_name) like ?3 escape '\\' or lower(email) like ?3 escape '\\' then 1 else 2 end, display_name limit ?4",
                FoundRecord.Kind.PERSON, query, limit, found);
        return found;
    }

    private static void select(Connection connection, String sql, FoundRecord.Kind kind, String query, int limit,
                               List<FoundRecord> found) throws SQLException {
        String literal = escape(query);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, "%" + literal + "%");
            select.setString(2, query);
            select.setString(3, literal + "%");
            select.setInt(4, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new FoundRecord(kind, rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getString(4)));
                }
            }
        }
    }

    /** The query as a LIKE literal: a typed % or _ is a character to find, not a wildcard. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
