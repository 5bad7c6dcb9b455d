package dev.canopy.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local store: an H2 file database in the data folder, schema by Flyway, records by plain
 * JDBC. Commands run one at a time, each in one transaction with its audit and outbox rows.
 */
public final class LocalStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);

    private final Path folder;
    private final DataFolderLock lock;
    private final HikariDataSource dataSource;
    private final StoreFile file;
    private final StoreCaches caches = new StoreCaches();
    private final String actor;
    private final Clock clock;
    private final StoreTransactions transactions;
    /** Whether edits keep shadows for sync (read once at open, then changed only through {@link #tracking(boolean)}). */
    private volatile boolean tracking;
    private final StoreSyncLedger syncLedger = new StoreSyncLedger(this);
    /** The tree's file for the next start's first frame (see {@link TreeSnapshot}); none for an encrypted database. */
    private final TreeSnapshotKeeper treeSnapshot;

    private LocalStore(Path folder, DataFolderLock lock, HikariDataSource dataSource, StoreFile file, String actor, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.dataSource = dataSource;
        this.file = file;
        this.actor = actor;
        this.clock = clock;
        this.transactions = new StoreTransactions(dataSource);
        this.treeSnapshot = new TreeSnapshotKeeper(folder, this::loadHierarchy, !file.encrypted());
        this.tracking = "true".equals(transactions.read(connection -> ClientSettings.get(connection, ClientSettings.TRACKING)));
    }

    /**
     * Opens (creating if needed) the store in a data folder; refuses with a clear message when it cannot.
     * Returns once the schema is current: the tree can load and edits can run at once.
     */
    public static LocalStore open(Path folder, String actor, Clock clock) {
        return open(folder, actor, clock, StoreKey.none());
    }

    /**
     * The same with the passphrase of an encrypted database, which the store keeps (for its pool's new connections)
     * until closed and then wipes; wiped too when opening fails. An encrypted file without a key fails with
     * {@link PassphraseNeeded}, a wrong key with {@link WrongPassphrase}; neither changes the file.
     */
    public static LocalStore open(Path folder, String actor, Clock clock, StoreKey key) {
        return StoreOpening.open(folder, key, (lock, dataSource, file) -> new LocalStore(folder, lock, dataSource, file, actor, clock));
    }

    public static LocalStore open(Path folder) {
        return open(folder, StoreKey.none());
    }

    /** Opens the store as this OS user, with the passphrase of an encrypted database (see {@link #open(Path, String, Clock, StoreKey)}). */
    public static LocalStore open(Path folder, StoreKey key) {
        return open(folder, System.getProperty("user.name", "technician"), Clock.systemUTC(), key);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** The pool, for tests in this package that compare the store's kept state with a fresh read. */
    javax.sql.DataSource dataSourceForTests() {
        return dataSource;
    }

    public Path folder() {
        return folder;
    }

    /** A copy of the database file in another folder, opened as this store's own (with its key, if encrypted). */
    StoreFile copyAt(Path otherFolder) {
        return StoreFile.at(folder, otherFolder, file.key().copy());
    }

    /** Whether the database file is encrypted with a passphrase. */
    public boolean encrypted() {
        return file.encrypted();
    }

    /**
     * Applies one command in one transaction: its changes, their audit entries and one outbox mutation.
     * Writers take the store's fair write lock, so an edit waits for at most one other writer's
     * transaction (a page of a pull, a batch of an import), never for a whole long task; readers take
     * no lock: H2's MVCC gives each read a committed snapshot.
     */
    public Command.Applied execute(Command command) {
        return transactions.writing(() -> {
            CommandWrite.Outcome outcome = transactions.transaction(connection -> apply(connection, command), true);
            // after the commit, so no reader caches what was there before it
            caches.afterCommand(outcome.movedComputers(), outcome.changedComputers(), outcome.savedTenants());
            treeSnapshot.changed();
            return outcome.applied();
        });
    }

    private CommandWrite.Outcome apply(Connection connection, Command command) throws SQLException {
        return CommandWrite.apply(connection, command, actor, clock.instant(), tracking);
    }

    /**
     * Runs a rename and a move through the whole edit path in transactions that are rolled back, so
     * classes and statement caches are ready before the technician's first edit.
     */
    public void warmUp() {
        long start = System.nanoTime();
        TenantHierarchy tree = loadHierarchy();
        for (Command command : WarmUpEdits.of(tree)) {
            transactions.writing(() -> tryOut(command));
        }
        tree.root().ifPresent(root -> tree.with(List.of(root), List.of()));  // the patch each edit makes of the kept tree
        LOG.debug("edit path warm in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Applies a command in a transaction that is always rolled back; a refusal is ignored (the path was still run). */
    private CommandWrite.Outcome tryOut(Command command) {
        try {
            return transactions.transaction(connection -> apply(connection, command), false);
        } catch (dev.canopy.domain.RuleViolation refused) {
            return null;
        }
    }

    /**
     * Runs a read-only look at the store through the same workspace commands see (e.g. a merge
     * preview), inside a transaction that is always rolled back. It holds the write lock, as a
     * preview may try changes out before rolling them back.
     */
    public <T> T inspect(java.util.function.Function<dev.canopy.domain.command.Workspace, T> look) {
        return transactions.writing(() -> transactions.transaction(connection -> look.apply(new JdbcWorkspace(connection, actor, clock.instant(), "inspect")), false));
    }

    /** The tree's snapshot: every live tenant with its own computer count. */
    public TenantHierarchy loadHierarchy() {
        return caches.hierarchies.get(() -> HierarchyQuery.load(dataSource, caches.computerCounts));
    }

    /** One tenant with all its fields, including a deleted one. */
    public Optional<Tenant> tenant(UUID id) {
        return transactions.read(connection -> TenantTable.find(connection, id));
    }

    /** The live tenants whose own mapping of the source (ignoring case) has exactly this external id (the Edit tab's check). */
    public List<Tenant> tenantsMappedTo(String source, String externalId) {
        return transactions.read(connection -> TenantTable.mappedTo(connection, source, externalId));
    }

    /** The live records of a kind owned by any of the tenants. */
    public <R> List<R> records(dev.canopy.domain.command.RecordKind<R> kind, java.util.Collection<UUID> tenantIds) {
        return transactions.read(connection -> RecordTables.of(kind).ofTenants(connection, tenantIds));
    }

    /** The live computers of the tenants, by name; with their software inventory when asked. */
    /** Device id → id of the computers removed here, so an import brings one back instead of doubling it. */
    public java.util.Map<String, UUID> removedComputersByDevice() {
        return transactions.read(ComputerSaves::deletedByDevice);
    }

    public List<dev.canopy.domain.computer.Computer> computers(java.util.Collection<UUID> tenantIds, boolean withInventory) {
        return transactions.read(connection -> ComputerQuery.ofTenants(connection, tenantIds, withInventory));
    }

    /** Some live computers by id, by name; with their software inventory when asked. */
    public List<dev.canopy.domain.computer.Computer> computersByIds(java.util.Collection<UUID> ids, boolean withInventory) {
        return transactions.read(connection -> ComputerQuery.byIds(connection, ids, withInventory));
    }

    /**
     * Live computers and people whose name (or a person's e-mail) contains the text, ignoring case; at most
     * {@code limit} of each, exact and prefix matches first (the command palette's search).
     */
    public List<FoundRecord> findByName(String text, int limit) {
        return transactions.read(connection -> NameSearch.find(connection, text, limit));
    }

    /** Every (software, version) pair seen in any inventory: what "latest" is measured against. */
    public List<dev.canopy.domain.computer.Software> knownSoftwareVersions() {
        return transactions.read(connection -> {
            List<dev.canopy.domain.computer.Software> known = new java.util.ArrayList<>();
            try (var st = connection.createStatement(); var rows = st.executeQuery("select distinct name, version from computer_software")) {
                while (rows.next()) {
                    known.add(new dev.canopy.domain.computer.Software(rows.getString(1), rows.getString(2), ""));
                }
            }
            return known;
        });
    }

    /** Audit entries matching the query, newest first. */
    public List<AuditRecord> audit(AuditQuery query) {
        return transactions.read(query::run);
    }

    /** Names of tenants including deleted ones (the history names records that no longer show in the tree). */
    public java.util.Map<UUID, TenantName> tenantNamesIncludingDeleted() {
        return transactions.read(TenantTable::namesIncludingDeleted);
    }

    /** Every tenant's own settings (rows that are not "inherit"). */
    public List<dev.canopy.domain.preference.TenantPreference> preferences() {
        return transactions.read(PreferenceTable::all);
    }

    /** The audit entries of a record, oldest first. */
    public List<AuditRecord> auditOf(UUID recordId) {
        List<AuditRecord> oldestFirst = new java.util.ArrayList<>(audit(new AuditQuery(null, recordId, null, null, Integer.MAX_VALUE)));
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** What sync will push, in order. */
    public List<OutboxMutation> outbox() {
        return transactions.read(OutboxRows::all);
    }

    /** The whole fleet's reads for reports and the overview: computers with inventory, people, maintenance sessions. */
    public FleetReads fleet() {
        return new FleetReads(this, clock);
    }

    /** What sync keeps in this store: outbox, cursor, shadows, conflicts (see {@link SyncLedger}). */
    public SyncLedger syncLedger() {
        return syncLedger;
    }

    /** The fleet's computers and inventory, as of the last write that changed them (see {@link FleetInventoryCache}). */
    FleetInventory fleetInventory() {
        return transactions.read(caches.inventories::get);
    }

    /** Runs a read on a pooled connection (for the sync ledger and the fleet's reads). */
    <T> T read(JdbcWork<T> work) {
        return transactions.read(work);
    }

    /**
     * Runs sync's write work in one committed transaction under the write lock; the tree's caches are dropped after
     * it (a pulled page may add, move or remove any tenant or computer).
     */
    <T> T syncWrite(JdbcWork<T> work) {
        return transactions.writing(() -> {
            try {
                return transactions.transaction(work, true);
            } finally {
                dropCaches();
            }
        });
    }

    java.time.Instant now() {
        return clock.instant();
    }

    String actor() {
        return actor;
    }

    boolean tracking() {
        return tracking;
    }

    /** Sets the flag {@link #execute} reads; the ledger keeps it in the database. */
    void tracking(boolean on) {
        tracking = on;
    }

    /** Runs work on the whole database under the write lock, no transaction of its own; the tree's caches are dropped after. */
    <T> T exclusively(java.util.function.Function<javax.sql.DataSource, T> work) {
        return transactions.writing(() -> {
            try {
                return work.apply(dataSource);
            } finally {
                dropCaches();
            }
        });
    }

    /** Writes generated sample records in one transaction (see {@link SampleWriter}). */
    public SampleWriter sampleWriter() {
        return new SampleWriter(dataSource, this::dropCaches);
    }

    /** After a write that may have changed anything: nothing kept from before it, and the tree's snapshot rewritten soon. */
    private void dropCaches() {
        caches.dropAll();
        treeSnapshot.changed();
    }

    /**
     * Writes the tree's snapshot soon if it differs from the file (the window calls this once the store is open, so a
     * start that found none, or a stale one, leaves a right one for the next start).
     */
    public void snapshotTreeSoon() {
        treeSnapshot.changed();
    }

    /**
     * Closes the store and rewrites the database file compactly. Worth it after bulk writes: one
     * large transaction leaves the file many times larger than its data.
     */
    public void closeAndCompact() {
        treeSnapshot.close();
        dataSource.close();
        try (var connection = file.dataSource("").getConnection();
             var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot compact the database: " + rootMessage(e), e);
        } finally {
            file.key().wipe();
            lock.close();
        }
    }

    /**
     * Closes the store and hands its key to the caller instead of wiping it, so the store can be opened again with it
     * (after a change of encryption that failed); the caller wipes it.
     */
    public StoreKey closeKeepingKey() {
        StoreKey kept = file.key().copy();
        close();
        return kept;
    }

    @Override
    public void close() {
        try {
            treeSnapshot.close();  // while the database is still open: a pending snapshot reads the tree
            dataSource.close();
        } finally {
            file.key().wipe();
            lock.close();
        }
    }
}
