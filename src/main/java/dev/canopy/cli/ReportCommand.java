package dev.canopy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code canopy report}: reports from the data folder; the report is a subcommand. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports from the data folder.",
        subcommands = {ComplianceCommand.class, DocumentationCommand.class})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a report: canopy report compliance, canopy report documentation");
    }

    /** The data folder, which a report reads: it must already hold data. */
    Path folderWithData() {
        return main.existingDataDir();
    }
}
