package dev.canopy.cli;

import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code canopy import FILE} for a Canopy export (see {@link CanopyExport#isExport}): restores it into the data folder,
 * which must hold no tenants yet, and prints what it wrote. A refused file (cut, another version, a bad record) or a
 * folder that already holds data is bad input: one line on stderr, exit 2, nothing written.
 */
final class ExportRestore {

    private ExportRestore() {
    }

    static int run(Path folder, Path file, PrintStream out) {
        try (LocalStore store = LocalStore.open(folder)) {
            RecordCounts counts = CanopyExport.restore(file, store);
            ExportCommand.printRestored(out, counts, folder);
            return 0;
        } catch (ImportRefused refused) {
            throw new IllegalArgumentException(file + ": " + refused.getMessage());
        }
    }
}
