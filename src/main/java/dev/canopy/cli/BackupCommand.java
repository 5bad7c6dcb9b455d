package dev.canopy.cli;

import dev.canopy.store.BackupInfo;
import dev.canopy.store.BackupRestore;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code canopy backup}: a manual backup of the data folder's database into its backups folder (as File → Back up…). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the data folder's database to a zip in its backups folder (kept until you delete it).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        try (LocalStore store = LocalStore.open(main.existingDataDir())) {
            BackupInfo made = StoreBackups.backUp(store, BackupInfo.Kind.MANUAL);
            System.out.println("Backed up " + made.tenants() + " tenants and " + made.computers() + " computers to " + made.file() + ".");
            return 0;
        }
    }

    /** {@code canopy restore FILE}: replaces the data folder's database with a backup's (as File → Restore…). */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the data folder's database with a backup made by canopy backup or the app. Changes made after the"
                    + " backup are gone; a file that is not a Canopy backup, or is from a newer Canopy, is refused and nothing changes.")
    static final class Restore implements Callable<Integer> {

        @ParentCommand
        Main main;

        @Parameters(paramLabel = "FILE", description = "The backup zip.")
        Path file;

        @Override
        public Integer call() {
            BackupRestore prepared;
            try (LocalStore store = LocalStore.open(main.existingDataDir())) {
                prepared = BackupRestore.prepare(store, file);
            }
            BackupInfo backup = prepared.backup();
            try (LocalStore restored = prepared.replace(LocalStore::open)) {
                System.out.println("Restored the backup of " + backup.madeAt() + " (" + backup.tenants() + " tenants, " + backup.computers()
                        + " computers) into " + restored.folder() + ".");
            }
            return 0;
        }
    }
}
