package dev.canopy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code canopy export} on the seeded folder, and the restore {@code canopy import} runs for an export. */
class ExportCommandTest extends SeededCli {

    private int export(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "--data-dir";
        args[1] = folder.toString();
        args[2] = "export";
        System.arraycopy(more, 0, args, 3, more.length);
        return Main.run(args);
    }

    @Test
    void writesTheJsonExportToStdout() throws Exception {
        assertThat(export()).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.path("format").asText()).isEqualTo("canopy-export");
        assertThat(json.path("source").asText()).isEqualTo(folder.toString());
        assertThat(json.path("tenants").get(0).path("tenant").path("name").asText()).isEqualTo("Northwind");
        assertThat(json.path("totals").path("computers").asInt()).isEqualTo(6);
        assertThat(errText()).isEmpty();
    }

    @Test
    void aFileNameWithoutAnExtensionGetsTheCanopyOne() throws Exception {
        assertThat(export("--output", temp.resolve("northwind").toString())).isZero();
        Path file = temp.resolve("northwind" + CanopyExport.EXTENSION);
        assertThat(CanopyExport.isExport(file)).isTrue();
        assertThat(temp.resolve("northwind")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("to " + file + ".");
    }

    @Test
    void anExportFileRestoresIntoANewFolder() throws Exception {
        Path file = temp.resolve("northwind.json");
        assertThat(export("--output", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 7 tenants, 6 computers (11 software lines)", file.toString());
        assertThat(CanopyExport.isExport(file)).isTrue();

        Path copy = temp.resolve("copy");
        out.reset();
        assertThat(Main.run("--data-dir", copy.toString(), "import", file.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Restored 7 tenants, 6 computers (11 software lines), 0 people,")
                .contains("into " + copy);
        try (LocalStore restored = LocalStore.open(copy)) {
            assertThat(restored.loadHierarchy().size()).isEqualTo(7);
            assertThat(restored.loadHierarchy().totalComputers()).isEqualTo(6);
        }
    }

    @Test
    void theRestoreRefusesAFolderWithDataAndABadFileNamingIt() throws Exception {
        Path file = temp.resolve("northwind.json");
        assertThat(export("--output", file.toString())).isZero();
        assertThatThrownBy(() -> ExportRestore.run(folder, file, System.out)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds data (7 tenants)");

        Path cut = Files.writeString(temp.resolve("cut.json"), Files.readString(file).substring(0, 500));
        assertThatThrownBy(() -> ExportRestore.run(temp.resolve("other"), cut, System.out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(cut + ": Line ").hasMessageContaining("incomplete");
    }

    @Test
    void aDryRunOfARestoreSaysWhatItWouldRestoreAndWritesNothing() throws Exception {
        Path file = temp.resolve("northwind.json");
        assertThat(export("--output", file.toString())).isZero();
        out.reset();
        Path copy = temp.resolve("copy");

        assertThat(Main.run("--data-dir", copy.toString(), "import", file.toString(), "--dry-run")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).satisfiesExactly(
                header -> assertThat(header).startsWith("Canopy export (format version 1) written 20").contains(", from " + folder),
                counts -> assertThat(counts).startsWith("Would restore 7 tenants, 6 computers (11 software lines), 0 people,")
                        .contains("schedules", "deployments", "preference rows").endsWith("into " + copy + ". Nothing was changed (dry run)."));
        assertThat(copy).as("not even a database is created").doesNotExist();
        assertThat(errText()).isEmpty();
    }

    @Test
    void aDryRunRefusesAMalformedExportWithItsLineAndAFolderWithDataAsTheRestoreDoes() throws Exception {
        Path file = temp.resolve("northwind.json");
        assertThat(export("--output", file.toString())).isZero();
        String whole = Files.readString(file);
        Path copy = temp.resolve("copy");

        // the totals that close the document are missing: only reading to the end finds that
        Path noTotals = Files.writeString(temp.resolve("no-totals.json"), whole.substring(0, whole.indexOf("\n  \"totals\"")));
        assertThat(Main.run("--data-dir", copy.toString(), "import", noTotals.toString(), "--dry-run")).isEqualTo(2);
        assertThat(errText()).startsWith("canopy: " + noTotals + ": Line ").contains("incomplete");
        err.reset();
        Path badKind = Files.writeString(temp.resolve("bad-kind.json"), whole.replaceFirst("\"kind\":\"CLIENT\"", "\"kind\":\"CUSTOMER\""));
        assertThat(Main.run("--data-dir", copy.toString(), "import", badKind.toString(), "--dry-run")).isEqualTo(2);
        assertThat(errText()).startsWith("canopy: " + badKind + ": Line ").contains("CUSTOMER");
        assertThat(copy).doesNotExist();

        for (String[] args : List.of(new String[]{"--dry-run"}, new String[0])) {
            err.reset();
            out.reset();
            String[] run = new String[4 + args.length];
            System.arraycopy(new String[]{"--data-dir", folder.toString(), "import", file.toString()}, 0, run, 0, 4);
            System.arraycopy(args, 0, run, 4, args.length);
            assertThat(Main.run(run)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(errText()).contains("already holds data (7 tenants); an export is restored only into an empty data folder");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void writesTheCsvFolder() {
        Path target = temp.resolve("csv");
        assertThat(export("--format", "CSV", "--output", target.toString())).isZero();
        assertThat(target.resolve("computers.csv")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("as CSV files into " + target);
    }

    @Test
    void badOptionsAndAnEmptyFolderAreRefusedWithAReason() {
        assertThat(export("--format", "csv")).isEqualTo(2);
        assertThat(errText()).contains("--format csv writes a folder of files: give the new folder with --output DIR");
        err.reset();
        assertThat(export("--format", "xml")).isEqualTo(2);
        assertThat(errText()).contains("--format must be csv, json; got \"xml\"");
        err.reset();
        assertThat(Main.run("--data-dir", temp.resolve("nothing").toString(), "export")).isEqualTo(2);
        assertThat(errText()).contains("there is no Canopy data in");
        assertThat(temp.resolve("nothing")).doesNotExist();
    }
}
