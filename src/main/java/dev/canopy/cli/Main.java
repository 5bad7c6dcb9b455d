package dev.canopy.cli;

import dev.canopy.ui.instance.InstanceHandover;
import dev.canopy.ui.instance.InstanceMessage;

import dev.canopy.domain.RuleViolation;
import dev.canopy.store.DataFolderLocator;
import dev.canopy.store.StoreException;
import dev.canopy.ui.common.StartupTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** The {@code canopy} command: with no subcommand it opens the desktop app. */
@Command(name = "canopy", mixinStandardHelpOptions = true, version = "Canopy 0.1.0",
        description = "Tenant management for MSP technicians. Without a subcommand, opens the desktop app.")
public final class Main implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    /**
     * The subcommands, added to the command line only when the arguments name one (or ask for help): building their
     * model reflects on each and loads what their options name (the server's classes among them), which was a
     * third of a second of every start of the desktop app.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(SampleCommand.class, SyncCommand.class, ServerCommand.class, ReportCommand.class,
            ImportCommand.class, EntraImportCommand.class, ExportCommand.class, BackupCommand.class, BackupCommand.Restore.class);

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data folder (default: $CANOPY_HOME, else the OS's per-user data folder).")
    Path dataDir;

    @Option(names = "--exit-when-ready", description = "Open the app, print the time to an interactive window, and exit (for the bench).")
    boolean exitWhenReady;

    // how the OS opens a double-clicked .canopy file (packaging/): the app opens and offers to restore it
    @CommandLine.Parameters(arity = "0..1", paramLabel = "EXPORT", description = "A Canopy export (" + dev.canopy.imports.export.CanopyExport.EXTENSION
            + " or .json) to offer to restore once the app is open.")
    Path export;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 2 bad input, 1 unexpected failure). */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The command line for these arguments: with the subcommands when they name one (see {@link #SUBCOMMANDS}). */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        if (namesSubcommandOrHelp(args)) {
            SUBCOMMANDS.forEach(cli::addSubcommand);  // before the handler below, which reaches the commands added by then
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("canopy: " + e.getMessage());  // a file it needs cannot be read or written
                return 1;
            }
            if (e instanceof StoreException || e instanceof RuleViolation || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("canopy: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }

    /** Whether an argument is a subcommand's name or a request for help (which lists the subcommands). */
    static boolean namesSubcommandOrHelp(String... args) {
        Set<String> names = new HashSet<>(List.of("-h", "--help"));
        SUBCOMMANDS.forEach(c -> names.add(c.getAnnotation(Command.class).name()));
        return Arrays.stream(args).anyMatch(names::contains);
    }

    /** The data folder for a command that only reads it (a report, an import's dry run): it must already hold data. */
    Path existingDataDir() {
        Path folder = resolveDataDir();
        if (!java.nio.file.Files.exists(folder.resolve("canopy.mv.db"))) {
            throw new IllegalArgumentException("there is no Canopy data in " + folder + " (canopy sample or canopy sync fills it)");
        }
        return folder;
    }

    /** The data folder this invocation uses; the Settings (a JSON file) are read only when no flag or variable names one. */
    Path resolveDataDir() {
        DataFolderLocator locator = DataFolderLocator.forThisMachine();
        return locator.named(dataDir).orElseGet(() -> {
            String chosen = dev.canopy.ui.settings.SettingsFiles.forThisUser().loadSettings().dataFolder();
            return locator.locate(null, chosen == null ? null : Path.of(chosen));
        });
    }

    /** What the desktop app starts with: its data folder, the bench's flag, and the export to offer (null: none). */
    record DesktopStart(Path folder, boolean exitWhenReady, Path export) {

        /** Hands this start to a Canopy already running on the folder (see {@link InstanceHandover}); false when none answers. */
        boolean handOver() {
            return InstanceHandover.handOver(folder, export == null ? InstanceMessage.show() : InstanceMessage.open(export));
        }

        void launch() {
            System.setProperty("canopy.home", folder.toString());
            if (exitWhenReady) {
                System.setProperty("canopy.exitWhenReady", "true");
            }
            if (export != null) {
                System.setProperty(dev.canopy.ui.CanopyApp.OPEN_EXPORT, export.toString());
            }
            // the tree's snapshot is read (and the store opened) while logging and the toolkit start up
            dev.canopy.ui.CanopyApp.preopen(folder);
            dev.canopy.ui.settings.SettingsFiles.warmUp();
            // the log file joins the console on a thread of its own: setting up its rolling appender took the launcher
            // up to 0.4 s before the toolkit could start; what is logged before it is attached goes to the console
            Thread logFile = new Thread(() -> {
                LogFile.writeTo(folder);
                StartupTrace.mark("logging");
            }, "canopy-log-file");
            logFile.setDaemon(true);
            logFile.start();
            javafx.application.Application.launch(dev.canopy.ui.CanopyApp.class);
        }
    }

    /** The desktop start these arguments ask for; a file to open that is missing or not an export is refused here. */
    DesktopStart desktopStart() {
        Path opening = null;
        if (export != null) {
            if (!java.nio.file.Files.isRegularFile(export)) {
                throw new IllegalArgumentException("there is no file " + export);
            }
            if (!dev.canopy.imports.export.CanopyExport.isExport(export)) {
                throw new IllegalArgumentException(export + " is not a Canopy export (canopy import FILE imports other files)");
            }
            opening = export.toAbsolutePath();
        }
        return new DesktopStart(resolveDataDir(), exitWhenReady, opening);
    }

    @Override
    public Integer call() {
        StartupTrace.mark("launcher");
        DesktopStart start = desktopStart();
        if (!start.exitWhenReady() && start.handOver()) {
            return 0;  // the Canopy already open on the folder took it: it comes to front (and offers the file)
        }
        start.launch();
        return 0;
    }
}
