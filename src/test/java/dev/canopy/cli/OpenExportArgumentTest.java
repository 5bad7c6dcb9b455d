package dev.canopy.cli;

import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code canopy FILE}, as the OS starts the app for a double-clicked export: the app opens on that file, or it says why not. */
class OpenExportArgumentTest extends SeededCli {

    private Main parsed(String... args) {
        Main main = new Main();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    private Path writeExport(String name) throws Exception {
        Path file = temp.resolve(name);
        try (LocalStore store = LocalStore.open(folder); OutputStream out = Files.newOutputStream(file)) {
            CanopyExport.write(store, out, new CanopyExport.Origin(Instant.EPOCH, "grace", folder.toString()), (d, t, n) -> { }, () -> false);
        }
        return file;
    }

    @Test
    void anExportArgumentStartsTheAppWithThatFile() throws Exception {
        Path file = writeExport("northwind.canopy");
        Main.DesktopStart start = parsed("--data-dir", folder.toString(), file.toString()).desktopStart();
        assertThat(start.export()).isEqualTo(file.toAbsolutePath());
        assertThat(start.folder()).isEqualTo(folder);

        Path json = writeExport("older.json");
        assertThat(parsed("--data-dir", folder.toString(), json.toString()).desktopStart().export()).as("a .json export opens too")
                .isEqualTo(json.toAbsolutePath());
        assertThat(parsed("--data-dir", folder.toString()).desktopStart().export()).as("no argument: the app alone").isNull();
    }

    @Test
    void aSubcommandIsStillASubcommand() {
        String[] args = {"--data-dir", folder.toString(), "export", "--format", "csv", "--output", "x"};
        CommandLine cli = Main.commandLine(args);
        CommandLine.ParseResult result = cli.parseArgs(args);
        assertThat(result.subcommand().commandSpec().name()).isEqualTo("export");
        assertThat(((Main) cli.getCommand()).export).isNull();
    }

    @Test
    void aMissingFileOrOneThatIsNoExportSaysSoAndOpensNothing() throws Exception {
        Path missing = temp.resolve("gone.canopy");
        assertThat(Main.run("--data-dir", folder.toString(), missing.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).isEqualTo("canopy: there is no file " + missing + System.lineSeparator());

        err.reset();
        Path csv = temp.resolve("computers.csv");
        Files.writeString(csv, "name,serial\npc-1,ABC\n");
        assertThat(Main.run("--data-dir", folder.toString(), csv.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).startsWith("canopy: " + csv + " is not a Canopy export");
    }
}
