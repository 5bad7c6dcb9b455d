package dev.canopy.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * Puts a backup in place of the local database, in two steps: {@link #prepare} while the store is still open (checks
 * the file and notes the folder's sync identity), then, after the caller closed the store, {@link #replace} swaps the
 * database file and opens it. The current file is kept aside as {@value #BEFORE} until the restored one opens; when it
 * does not, it is put back, so a failed restore leaves the folder as it was.
 * <p>
 * Sync: the restored database brings its own outbox, cursor and shadows. Its outbox is what the next sync pushes; an
 * edit in it that reached the server after the backup was made gets the server's recorded answer again (the server
 * keys mutations by client and id), and the backup's older cursor pulls everything the server accepted since, so the
 * server stays the authority: what the team (or this copy) already synced comes back. What never left this copy
 * after the backup is gone. So that a new edit never reuses a mutation id the server already answered (it would be
 * skipped as a retry), the mutation counter is kept at the higher of the two databases' when they share a client id.
 */
public final class BackupRestore {

    static final String BEFORE = "canopy.before-restore.mv.db";
    private static final String INCOMING = "canopy.restoring.mv.db";

    private final Path folder;
    private final BackupInfo backup;
    private final String clientId;
    private final long lastMutationId;

    private BackupRestore(Path folder, BackupInfo backup, String clientId, long lastMutationId) {
        this.folder = folder;
        this.backup = backup;
        this.clientId = clientId;
        this.lastMutationId = lastMutationId;
    }

    /** Checks the backup (see {@link StoreBackups#read}) and reads the open store's sync identity; changes nothing. */
    public static BackupRestore prepare(LocalStore current, Path zip) {
        BackupInfo backup = StoreBackups.read(zip);
        String[] ids = current.read(connection -> new String[]{
                ClientSettings.get(connection, ClientSettings.CLIENT_ID), ClientSettings.get(connection, ClientSettings.LAST_MUTATION_ID)});
        return new BackupRestore(current.folder(), backup, ids[0], ids[1] == null ? 0 : Long.parseLong(ids[1]));
    }

    public BackupInfo backup() {
        return backup;
    }

    /**
     * Replaces the (closed) store's database with the backup's and opens it with {@code open}. Refuses while the data
     * folder is still in use; on any failure the database that was there is back in place and the reason is thrown.
     */
    public LocalStore replace(Function<Path, LocalStore> open) {
        Path database = folder.resolve(StoreBackups.DATABASE);
        Path before = folder.resolve(BEFORE);
        Path incoming = folder.resolve(INCOMING);
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            StoreBackups.unpack(backup.file(), incoming);
            Files.move(database, before, StandardCopyOption.REPLACE_EXISTING);
            Files.move(incoming, database);
        } catch (IOException e) {
            deleteQuietly(incoming);
            putBack(before, database);
            throw new StoreException("Cannot restore " + backup.file().getFileName() + ": " + LocalStore.rootMessage(e)
                    + ". The data folder is as it was.", e);
        }
        LocalStore restored = null;
        try {
            restored = open.apply(folder);
            keepMutationCounter(restored);
            deleteQuietly(before);
            return restored;
        } catch (RuntimeException e) {
            if (restored != null) {
                restored.close();
            }
            putBack(before, database);
            throw new StoreException("The backup " + backup.file().getFileName() + " could not be opened (" + LocalStore.rootMessage(e)
                    + "). The data folder is as it was.", e);
        }
    }

    private void keepMutationCounter(LocalStore restored) {
        restored.syncWrite(connection -> {
            if (clientId != null && clientId.equals(ClientSettings.get(connection, ClientSettings.CLIENT_ID))) {
                String theirs = ClientSettings.get(connection, ClientSettings.LAST_MUTATION_ID);
                long restoredLast = theirs == null ? 0 : Long.parseLong(theirs);
                if (lastMutationId > restoredLast) {
                    ClientSettings.set(connection, ClientSettings.LAST_MUTATION_ID, Long.toString(lastMutationId));
                }
            }
            return null;
        });
    }

    private static void putBack(Path before, Path database) {
        if (Files.exists(before)) {
            try {
                Files.move(before, database, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException("The restore failed and the previous database could not be put back: it is kept as " + before
                        + "; rename it to " + database.getFileName() + " before starting Canopy again.", e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover copy beside the database; the next restore replaces it
        }
    }
}
