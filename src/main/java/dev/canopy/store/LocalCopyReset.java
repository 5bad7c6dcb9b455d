package dev.canopy.store;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Replaces the local copy with an empty schema for a fresh download, while the store stays open: H2 writes a
 * transactionally consistent copy of the database (BACKUP TO, a zip), which is unpacked beside it as
 * canopy-backup-YYYYMMDD-HHMMSS.mv.db (openable like any Canopy database), then every object is dropped and the
 * migrations run again. The caller holds the write lock, so no edit runs meanwhile; the client id and the last
 * mutation id are kept.
 */
final class LocalCopyReset {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LocalCopyReset() {
    }

    static Path replace(DataSource dataSource, Path folder, LocalDateTime at) {
        Path backup = freeName(folder, "canopy-backup-" + STAMP.format(at));
        Path zip = folder.resolve(backup.getFileName() + ".zip");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // the server keys pushed mutations by client id and mutation id forever: both carry over, or a new edit
            // would reuse an id the server answers with an old result
            String clientId = ClientSettings.get(connection, ClientSettings.CLIENT_ID);
            String lastMutationId = ClientSettings.get(connection, ClientSettings.LAST_MUTATION_ID);
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            unpack(zip, backup);
            statement.execute("DROP ALL OBJECTS");
            SchemaMigrator.migrate(dataSource);
            if (clientId != null) {
                ClientSettings.set(connection, ClientSettings.CLIENT_ID, clientId);
            }
            if (lastMutationId != null) {
                ClientSettings.set(connection, ClientSettings.LAST_MUTATION_ID, lastMutationId);
            }
            return backup;
        } catch (SQLException e) {
            throw new StoreException("Cannot replace the local copy: " + LocalStore.rootMessage(e), e);
        } catch (IOException e) {
            throw new StoreException("Cannot keep the backup " + backup + ": " + LocalStore.rootMessage(e)
                    + "; the local copy was not replaced.", e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // only a leftover zip beside the backup
            }
        }
    }

    private static Path freeName(Path folder, String base) {
        Path candidate = folder.resolve(base + ".mv.db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".mv.db");
        }
        return candidate;
    }

    private static void unpack(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    copy(in, target);
                    return;
                }
            }
        }
        throw new IOException("the database's backup holds no database file");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target);
    }
}
