package dev.canopy.cli;

import dev.canopy.imports.export.CanopyExport;
import dev.canopy.reports.WholeFile;
import dev.canopy.reports.export.CsvExport;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code canopy export}: the whole data folder as one JSON document that {@code canopy import} restores into an empty
 * folder (to stdout or a file), or as a folder of CSV files for a spreadsheet. Reads only.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every tenant with its computers, people, schedules, preferences and deployments (JSON restores; CSV is for spreadsheets).")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json", description = "json (restores with canopy import) or csv"
            + " (a folder of files for a spreadsheet; export only). Default ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--output", paramLabel = "FILE_OR_DIR", description = "The export file (default: stdout; a name without an extension gets " + CanopyExport.EXTENSION
            + "), or the new folder for CSV (required).")
    Path output;

    @Override
    public Integer call() {
        boolean csv = OptionChoice.of("--format", format, Map.of("json", false, "csv", true));
        if (csv && output == null) {
            throw new IllegalArgumentException("--format csv writes a folder of files: give the new folder with --output DIR");
        }
        Path folder = main.existingDataDir();
        try (LocalStore store = CliStore.open(folder)) {
            if (csv) {
                RecordCounts counts = CsvExport.write(store, output, (done, total, name) -> { }, () -> false);
                System.out.println("Exported " + counts.describe() + " as CSV files into " + output.toAbsolutePath() + ".");
                return 0;
            }
            CanopyExport.Origin origin = new CanopyExport.Origin(Instant.now(), System.getProperty("user.name", ""), folder.toString());
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);  // not closed: stdout stays open
                CanopyExport.write(store, out, origin, (done, total, name) -> { }, () -> false);
                out.flush();
                return 0;
            }
            RecordCounts[] counts = new RecordCounts[1];
            Path file = CanopyExport.withExtension(output.toAbsolutePath());
            WholeFile.write(file, out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                counts[0] = CanopyExport.write(store, buffered, origin, (done, total, name) -> { }, () -> false);
                buffered.flush();
            });
            System.out.println("Exported " + counts[0].describe() + " to " + file + ".");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (output == null ? "the export" : output) + ": " + e.getMessage(), e);
        }
    }

    /** The restore's answer, for {@code canopy import FILE} when the file is a Canopy export. */
    static void printRestored(PrintStream out, RecordCounts counts, Path folder) {
        out.println("Restored " + counts.describe() + " into " + folder + ".");
    }
}
