package dev.canopy.reports.export;

import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreSnapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The whole local database as a folder of CSV files for a spreadsheet (docs/export.md): tenants, preferences, schedules,
 * deployments, people, computers and their software, one file per kind. Export only: the JSON export is the one that
 * restores, since a spreadsheet changes what it opens (dates, long numbers, leading zeros) and CSV has no place for
 * the export's version and totals. The files are written in a part folder beside the target and moved into place when
 * complete, so a failed or cancelled export leaves no half folder.
 */
public final class CsvExport {

    /** The files of the folder, in the order a reader would open them. */
    public static final List<String> FILES = List.of("tenants.csv", "preferences.csv", "schedules.csv", "deployments.csv", "people.csv",
            "computers.csv", "software.csv");

    private CsvExport() {
    }

    /**
     * Writes the folder (which must not exist yet, or be empty). {@code cancelled} is asked between tenants: a cancelled
     * export stops with a {@link CancellationException} and leaves nothing.
     *
     * @throws IllegalArgumentException when the folder holds files already (nothing is written)
     */
    public static RecordCounts write(LocalStore store, Path folder, StoreSnapshot.Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Path target = folder.toAbsolutePath();
        if (Files.exists(target) && (!Files.isDirectory(target) || !empty(target))) {
            throw new IllegalArgumentException(target + (Files.isDirectory(target) ? " already holds files" : " is a file")
                    + "; the CSV export is a folder of its own: give a new folder");
        }
        Path part = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(part);
        Files.createDirectories(part);
        try {
            RecordCounts counts;
            try (CsvExportWriter writer = new CsvExportWriter(part, progress)) {
                StoreSnapshot.read(store, writer, cancelled);
                counts = writer.counts();
            }
            Files.deleteIfExists(target);  // an empty folder the technician made for it
            Files.move(part, target);
            return counts;
        } finally {
            deleteTree(part);
        }
    }

    private static boolean empty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
