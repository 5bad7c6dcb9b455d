package dev.canopy.sync.client;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.store.LocalStore;
import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncLedger;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One technician's installation in a convergence test: its own data folder and H2 file, its own config folder (the
 * saved connection), its clock (skewed), its sync engine, and its own faulty network to the shared server. It notes
 * the outbox id of every edit it made, so the test can account for each one after healing.
 */
final class FleetClient implements AutoCloseable {

    private static final String DATABASE_FILE = "canopy.mv.db";
    private static Path template;

    final String name;
    final String token;
    final FaultyServerApi network;
    final LocalStore store;
    final SyncLedger ledger;
    final SyncEngine engine;
    private final ServerConnection connection;
    private final List<Edit> authored = new ArrayList<>();
    private Command.Applied lastApplied;

    FleetClient(String name, Path root, String token, FaultyServerApi network, Duration skew) throws java.io.IOException {
        this.name = name;
        this.token = token;
        this.network = network;
        Clock clock = Clock.offset(Clock.systemUTC(), skew);
        Path folder = Files.createDirectories(root.resolve(name + "-data"));
        Files.copy(template().resolve(DATABASE_FILE), folder.resolve(DATABASE_FILE));
        newClientId(folder);
        this.store = LocalStore.open(folder, name, clock);
        this.ledger = store.syncLedger();
        this.engine = new SyncEngine(store, ledger, new ConnectionFile(Files.createDirectories(root.resolve(name + "-config"))),
                given -> network, clock, millis -> { });
        this.connection = new ServerConnection(URI.create("http://canopy.test"), token);
    }

    /**
     * An empty, migrated database, made once per JVM: copying it saves each client Flyway's migrations (seconds on a
     * busy machine). Only the database file is copied, not the folder's lock.
     */
    private static synchronized Path template() throws java.io.IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("canopy-fleet-template");
            LocalStore.open(folder, "template", Clock.systemUTC()).close();
            folder.toFile().deleteOnExit();
            folder.resolve(DATABASE_FILE).toFile().deleteOnExit();
            folder.resolve("canopy.lock").toFile().deleteOnExit();
            template = folder;
        }
        return template;
    }

    /**
     * The migration that makes the database also draws its client id, so every copy of the template would share one
     * (and the server would refuse the second account using it): each copy gets its own, as a fresh folder would.
     */
    private static void newClientId(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("canopy").toAbsolutePath();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.PreparedStatement update = connection.prepareStatement(
                     "update client_setting set setting_value = ? where setting_key = 'clientId'")) {
            update.setString(1, java.util.UUID.randomUUID().toString());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("the template database has no client id to replace");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot give the copied database its own client id", e);
        }
    }

    void connect(SyncAgent.FirstContact choice) throws SyncFailure {
        engine.connect(connection, choice, SyncProgress.NONE);
    }

    /** Syncs once; under faults a failure is expected, so it only says whether the sync went through. */
    Optional<SyncOutcome> sync() {
        try {
            return Optional.of(engine.syncNow(SyncProgress.NONE));
        } catch (SyncFailure failure) {
            return Optional.empty();
        }
    }

    /** Runs an edit as the app would; one the local rules refuse is skipped. True when it was made. */
    boolean edit(Command command) {
        long before = lastPendingId();
        try {
            lastApplied = store.execute(command);
        } catch (RuleViolation refused) {
            return false;
        }
        long made = lastPendingId();
        if (made <= before) {
            throw new AssertionError(name + ": " + command.mutationName() + " was applied but queued nothing to send");
        }
        authored.add(new Edit(made, command.mutationName()));
        return true;
    }

    /** Undoes the last edit this client made (for a merge: the unmerge), as the app's undo does. */
    boolean undoLast() {
        if (lastApplied == null) {
            return false;
        }
        Command inverse = lastApplied.inverse();
        lastApplied = null;
        return edit(inverse);
    }

    /** An edit this client made: its outbox id and mutation name. */
    record Edit(long id, String name) {
    }

    List<Edit> authored() {
        return List.copyOf(authored);
    }

    /** What the ledger would publish: every live local record, by the same keys as the server's state. */
    Map<String, Map<String, Object>> localState() {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        ledger.forEachRecord(change -> state.put(InProcessServer.key(change.entity(), change.id(), change.record()), change.record()));
        return state;
    }

    private long lastPendingId() {
        return ledger.pending().stream().mapToLong(PendingEdit::id).max().orElse(0);
    }

    @Override
    public void close() {
        store.close();
    }
}
