package dev.canopy.sync.client;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.store.LocalStore;
import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncConflict;
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
    private final List<Resolved> resolved = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private long backups;
    private int resolvedInBackup;
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

    /**
     * First contact over whatever network this client has: asks the server which first contact applies and takes it,
     * again after each failure, as a technician pressing Connect again would. After the first attempt a folder may
     * RESUME (its download began) and an admin whose publish landed though its answer was lost must replace the
     * local copy with the server's (the app offers nothing else then); {@code afterFailure} sees each failure first.
     * Returns how many attempts failed.
     */
    int connectThroughFaults(SyncAgent.FirstContact intended, Runnable afterFailure) {
        boolean replacedLocal = false;
        for (int failed = 0; failed < 40; failed++) {
            try {
                SyncAgent.FirstContact now = engine.check(connection).firstContact();
                // a publish whose answer was lost leaves the server holding the data: replacing the local copy is then
                // offered, and if that download fails before its first page the folder is empty, so DOWNLOAD is next
                boolean expected = now == intended || failed > 0 && (now == SyncAgent.FirstContact.RESUME
                        || intended == SyncAgent.FirstContact.PUBLISH && now == SyncAgent.FirstContact.REPLACE_LOCAL
                        || replacedLocal && now == SyncAgent.FirstContact.DOWNLOAD);
                replacedLocal |= now == SyncAgent.FirstContact.REPLACE_LOCAL;
                if (!expected) {
                    throw new AssertionError(name + " was offered " + now + " as first contact after " + failed + " failed attempts to "
                            + intended);
                }
                connect(now);
                return failed;
            } catch (SyncFailure failure) {
                afterFailure.run();
            }
        }
        throw new AssertionError(name + " could not make first contact in 40 attempts: " + engine.status().detail());
    }

    /**
     * Resolves each open conflict with the given chance, with a random choice, as a technician in the conflicts view
     * would: take theirs, keep mine, or edit the value (of a one-field conflict). A choice the client refuses (keeping
     * mine of a record that left the scope, say) leaves the conflict open and is noted with its reason
     * ({@link #refusals()}): the checks fail on one that is not genuine. Keeping mine or editing must queue a new
     * edit, which is then accounted for like any other.
     */
    void resolveSome(java.util.Random random, double chance) {
        for (SyncConflict conflict : ledger.conflicts()) {
            if (random.nextDouble() >= chance) {
                continue;
            }
            SyncAgent.Resolution resolution = SyncAgent.Resolution.values()[random.nextInt(3)];
            String value = resolution == SyncAgent.Resolution.EDIT ? editedValue(conflict, random) : null;
            long before = lastPendingId();
            try {
                engine.resolve(conflict.id(), resolution, value);
            } catch (RuleViolation refused) {
                refusals.add(new Refusal(conflict, resolution, value, refused.getMessage(), held(conflict)));
                continue;
            }
            long made = lastPendingId();
            if (resolution != SyncAgent.Resolution.TAKE_THEIRS) {
                if (made <= before) {
                    throw new AssertionError(name + ": resolving " + conflict.kind() + " of " + conflict.name() + " with " + resolution
                            + " queued no new edit");
                }
                authored.add(edit(made));
            }
            resolved.add(new Resolved(conflict, resolution));
        }
    }

    /** A value a technician might type: one of the three shown (base, mine, theirs), or a new name for a name. */
    private static String editedValue(SyncConflict conflict, java.util.Random random) {
        if ("name".equals(conflict.field()) && random.nextBoolean()) {
            return "Settled " + random.nextInt(10);
        }
        String[] shown = {conflict.base(), conflict.mine(), conflict.theirs()};
        String value = shown[random.nextInt(3)];
        return value == null ? conflict.mine() : value;
    }

    /** A conflict this client resolved, and how. */
    record Resolved(SyncConflict conflict, SyncAgent.Resolution resolution) {
    }

    /**
     * A resolution the client refused, with its reason: the conflict stays open. {@code held} is the conflict's field as
     * the local record held it then, shown as the conflict shows values (a pull may have changed it since the conflict).
     */
    record Refusal(SyncConflict conflict, SyncAgent.Resolution resolution, String value, String reason, String held) {
    }

    private String held(SyncConflict conflict) {
        if (conflict.field() == null || conflict.recordId() == null) {
            return null;
        }
        Object value = ledger.localRecord(conflict.entity(), conflict.recordId()).map(r -> r.get(conflict.field())).orElse(null);
        try {
            return value == null ? null : value instanceof String text ? text : HttpServerApi.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    List<Resolved> resolved() {
        return List.copyOf(resolved);
    }

    /** The resolutions whose audit entries are in the store (not in a backup a reset left; see below). */
    List<Resolved> resolvedSinceBackup() {
        return List.copyOf(resolved.subList(resolvedInBackup, resolved.size()));
    }

    /** Syncs once; under faults a failure is expected, so it only says whether the sync went through. */
    Optional<SyncOutcome> sync() {
        try {
            return Optional.of(engine.syncNow(SyncProgress.NONE));
        } catch (SyncFailure failure) {
            return Optional.empty();
        } finally {
            forgetResolutionsKeptInABackup();
        }
    }

    /**
     * A 409 reset with nothing waiting replaces the local copy with an empty one and keeps the old database as a backup
     * file (the app says where): the audit entries of conflicts resolved before it are in that file, not in the store.
     */
    private void forgetResolutionsKeptInABackup() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(store.folder())) {
            long now = files.filter(f -> f.getFileName().toString().startsWith("canopy-backup-")).count();
            if (now > backups) {
                backups = now;
                resolvedInBackup = resolved.size();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        // an import is queued in parts (tenants, people, computers, removed tenants): each is accounted for
        ledger.pending().stream().filter(p -> p.id() > before).forEach(p -> authored.add(new Edit(p.id(), p.name(), p.args())));
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

    /** An edit this client made: its outbox id, mutation name and arguments (to name it in a failure). */
    record Edit(long id, String name, String args) {
    }

    private Edit edit(long id) {
        PendingEdit queued = ledger.pending().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        return new Edit(id, queued.name(), queued.args());
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
