package dev.canopy.cli;

import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.imports.export.ExportContents;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreRestore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code canopy import FILE} for a Canopy export (see {@link CanopyExport#isExport}): restores it into the data folder,
 * which must hold no tenants yet, and prints what it wrote. A dry run reads the whole file with the same checks and
 * prints what it would restore, writing nothing (not even a database into a new folder). A refused file (cut, another
 * version, a bad record) or a folder that already holds data is bad input: one line on stderr, exit 2, nothing written.
 */
final class ExportRestore {

    private ExportRestore() {
    }

    static int run(Path folder, Path file, PrintStream out) {
        try (LocalStore store = CliStore.open(folder)) {
            RecordCounts counts = CanopyExport.restore(file, store);
            ExportCommand.printRestored(out, counts, folder);
            return 0;
        } catch (ImportRefused refused) {
            throw refusal(file, refused);
        }
    }

    static int dryRun(Path folder, Path file, PrintStream out) {
        if (Files.exists(folder.resolve("canopy.mv.db"))) {  // a folder without a database is empty; opening it would create one
            try (LocalStore store = CliStore.open(folder)) {
                StoreRestore.checkEmpty(store);
            }
        }
        try {
            ExportContents contents = CanopyExport.check(file);
            out.println(contents.header());
            out.println("Would restore " + contents.counts().describe() + " into " + folder + ". Nothing was changed (dry run).");
            return 0;
        } catch (ImportRefused refused) {
            throw refusal(file, refused);
        }
    }

    private static IllegalArgumentException refusal(Path file, ImportRefused refused) {
        return new IllegalArgumentException(file + ": " + refused.getMessage());
    }
}
