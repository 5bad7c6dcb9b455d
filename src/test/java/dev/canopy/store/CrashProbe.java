package dev.canopy.store;

import org.h2.api.Trigger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.Locale;

/**
 * A row trigger that tells a crash test where a command is inside its open transaction. Installed on a few tables of
 * a seeded database ({@link #install}); in a JVM started with {@code -Dcanopy.crash.table=T -Dcanopy.crash.row=N}
 * the N-th row written to T in that JVM prints {@link #UNDER_WAY} and, unless {@code -Dcanopy.crash.pause=false},
 * waits until H2 has written the open transaction's changes to {@code -Dcanopy.crash.file} and holds the transaction open
 * until the process is killed. Without those properties it does nothing, so the test's
 * own JVM opens the same database unchanged.
 */
public final class CrashProbe implements Trigger {

    /** The line the probe prints (then the table and row) once the chosen row is written. */
    static final String UNDER_WAY = "crash-probe: under way";

    /** The tables a probe can watch: every command writes audit rows per record, then its outbox mutation and touches. */
    static final java.util.List<String> TABLES = java.util.List.of("audit_entry", "outbox_mutation", "outbox_touch");

    private static final String TABLE = System.getProperty("canopy.crash.table", "").toUpperCase(Locale.ROOT);
    private static final long ROW = Long.getLong("canopy.crash.row", 0);
    private static final boolean PAUSE = Boolean.parseBoolean(System.getProperty("canopy.crash.pause", "true"));
    /** The database file ({@code canopy.mv.db}) whose writes a paused probe waits for. */
    private static final Path FILE = System.getProperty("canopy.crash.file") == null ? null : Path.of(System.getProperty("canopy.crash.file"));

    private String table;
    private long rows;

    /** Adds the probe to each watched table (inserts only): run on the seeded database before the crashing process opens it. */
    static void install(Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement()) {
            for (String watched : TABLES) {
                statement.execute("create trigger crash_probe_" + watched + " after insert on " + watched
                        + " for each row call \"" + CrashProbe.class.getName() + "\"");
            }
        }
    }

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toUpperCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        if (ROW == 0 || !table.equals(TABLE) || ++rows != ROW) {
            return;
        }
        try {
            // paused, H2's background writer stores the open transaction's changes within about a second: the kill
            // then finds them in the file, which is what recovery has to undo
            String written = PAUSE ? " (its changes in the file: " + fileChanges() + ")" : "";
            System.out.println(UNDER_WAY + " " + table + " row " + rows + written);
            System.out.flush();
            if (PAUSE) {
                Thread.sleep(Long.MAX_VALUE);  // the transaction stays open: the parent kills this JVM now
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the database file was written within a few seconds of now. */
    private static boolean fileChanges() throws InterruptedException {
        if (FILE == null) {
            return false;
        }
        FileTime was = modified();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            if (!modified().equals(was)) {
                return true;
            }
        }
        return false;
    }

    private static FileTime modified() {
        try {
            return Files.getLastModifiedTime(FILE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
