package dev.canopy.cli;

import dev.canopy.store.DataFolderLocator;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.ConnectionCheck;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent.FirstContact;
import dev.canopy.sync.client.SyncEngine;
import dev.canopy.sync.client.SyncFailure;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.sync.client.SyncProgress;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code canopy sync}: syncs the data folder with the team's server, connecting it first when a server is named. It
 * never asks: when a first contact would need a choice (publish, replace the local copy) it exits 2 saying which
 * flag makes it.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync the data folder with the team's server (connecting it first when --server is given).")
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--server", paramLabel = "URL", description = "The server, e.g. https://canopy.example.com:8443 (default: the saved one).")
    URI server;

    @Option(names = "--token", paramLabel = "T", description = "Your token. Prefer the CANOPY_TOKEN variable or --token-file:"
            + " a command line can be seen by other users of this machine.")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding your token.")
    Path tokenFile;

    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--publish", description = "Upload this folder's never-synced data as an empty server's first state (MSP admin).")
        boolean publish;

        @Option(names = "--replace-local", description = "Replace this folder's data with the server's; the old database is kept as a backup.")
        boolean replaceLocal;
    }

    @Override
    public Integer call() throws Exception {
        try (LocalStore store = CliStore.open(main.resolveDataDir())) {
            SyncEngine engine = SyncEngine.overHttp(store, DataFolderLocator.forThisMachine().configFolder());
            SyncOutcome outcome;
            try {
                outcome = server == null ? savedServer(engine) : connect(engine);
            } catch (SyncFailure failure) {
                System.err.println("canopy: " + failure.getMessage());
                return failure.kind() == SyncFailure.Kind.REFUSED || failure.kind() == SyncFailure.Kind.UNAUTHORIZED ? Main.BAD_INPUT : 1;
            }
            print(engine, outcome);
            return 0;
        }
    }

    private SyncOutcome savedServer(SyncEngine engine) throws SyncFailure {
        if (token != null || tokenFile != null || choice != null) {
            throw new IllegalArgumentException("--token, --token-file, --publish and --replace-local need --server URL");
        }
        if (engine.connection().isEmpty()) {
            throw new IllegalArgumentException("this data folder is not connected to a server; use --server URL (with your token in"
                    + " CANOPY_TOKEN or --token-file)");
        }
        return engine.syncNow(SyncProgress.NONE);
    }

    private SyncOutcome connect(SyncEngine engine) throws SyncFailure {
        ServerConnection candidate = new ServerConnection(server, token(engine));
        ConnectionCheck check = engine.check(candidate);
        FirstContact wanted = check.firstContact();
        if (!check.allowed()) {
            throw new IllegalArgumentException(check.explanation());
        }
        if (choice != null && choice.replaceLocal) {
            wanted = FirstContact.REPLACE_LOCAL;
        } else if (wanted == FirstContact.PUBLISH && (choice == null || !choice.publish)) {
            throw new IllegalArgumentException(check.explanation() + " Run again with --publish to upload it.");
        } else if (wanted == FirstContact.REPLACE_LOCAL) {
            throw new IllegalArgumentException(check.explanation() + " Run again with --replace-local to do so.");
        } else if (choice != null && choice.publish && wanted != FirstContact.PUBLISH) {
            throw new IllegalArgumentException("--publish applies only to never-synced local data and an empty server; " + check.explanation());
        }
        return engine.connect(candidate, wanted, SyncProgress.NONE);
    }

    private String token(SyncEngine engine) {
        if (token != null) {
            System.err.println("canopy: warning: a token on the command line can be seen by other users of this machine;"
                    + " prefer CANOPY_TOKEN or --token-file");
            return token.trim();
        }
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile).trim();
            } catch (IOException e) {
                throw new IllegalArgumentException("--token-file " + tokenFile + " cannot be read: " + e.getMessage());
            }
        }
        String fromEnvironment = System.getenv("CANOPY_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        Optional<ServerConnection> saved = engine.connection().filter(c -> c.server().equals(server));
        return saved.map(ServerConnection::token).orElseThrow(() -> new IllegalArgumentException(
                "no token: set CANOPY_TOKEN, or use --token-file FILE (canopy server token create makes one)"));
    }

    private static void print(SyncEngine engine, SyncOutcome outcome) {
        System.out.printf("Synced with %s: sent %d (%d applied, %d merged, %d in conflict, %d rejected), received %,d changes.%n",
                engine.connection().map(c -> c.server().toString()).orElse("the server"),
                outcome.applied() + outcome.merged() + outcome.conflicts() + outcome.rejected(),
                outcome.applied(), outcome.merged(), outcome.conflicts(), outcome.rejected(), outcome.pulled());
        if (outcome.backup() != null) {
            System.out.println("The previous local database was kept as " + outcome.backup());
        }
        int conflicts = engine.conflicts().size();
        if (conflicts > 0) {
            System.out.println(conflicts + (conflicts == 1 ? " conflict waits" : " conflicts wait") + " in the app's sync panel.");
        }
    }
}
