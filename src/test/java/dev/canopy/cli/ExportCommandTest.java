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
    void anExportFileRestoresIntoANewFolder() throws Exception {
        Path file = temp.resolve("northwind.json");
        assertThat(export("--output", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 7 tenants, 6 computers (11 software lines)", file.toString());
        assertThat(CanopyExport.isExport(file)).isTrue();

        Path copy = temp.resolve("copy");
        assertThat(Main.run("--data-dir", copy.toString(), "import", file.toString(), "--dry-run")).as("no dry run of a restore").isEqualTo(2);
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
