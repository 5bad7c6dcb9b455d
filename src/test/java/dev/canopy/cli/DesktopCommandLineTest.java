package dev.canopy.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop start parses its few options without building every subcommand; a subcommand or help still gets them all. */
class DesktopCommandLineTest {

    @Test
    void theDesktopStartBuildsNoSubcommands() {
        String[] args = {"--data-dir", "/tmp/canopy-data", "--exit-when-ready"};
        CommandLine cli = Main.commandLine(args);
        assertThat(cli.getSubcommands()).isEmpty();
        cli.parseArgs(args);
        Main main = cli.getCommand();
        assertThat(main.exitWhenReady).isTrue();
        assertThat(main.dataDir).hasToString("/tmp/canopy-data");
    }

    @Test
    void aSubcommandsNameBringsThemAllWithTheInheritedDataFolder() {
        String[] args = {"--data-dir", "/tmp/canopy-data", "report", "compliance", "--format", "csv"};
        CommandLine cli = Main.commandLine(args);
        assertThat(cli.getSubcommands()).containsKeys("sample", "sync", "server", "report", "import", "import-entra", "export", "backup", "restore");
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("report");
        assertThat(parsed.subcommand().subcommand().commandSpec().name()).isEqualTo("compliance");
    }

    @Test
    void helpListsTheSubcommands() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine("--help");
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("sample", "server", "import-entra", "restore");
    }
}
