package dev.canopy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.entity.AuditEntryEntity;
import dev.canopy.store.entity.ComputerEntity;
import dev.canopy.store.entity.OutboxMutationEntity;
import dev.canopy.store.entity.PersonEntity;
import dev.canopy.store.entity.TenantEntity;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The local store: an H2 file database in the data folder, schema by Flyway, records by
 * Hibernate. Commands run one at a time, each in one transaction with its audit and outbox rows.
 */
public final class LocalStore implements AutoCloseable {

    private final Path folder;
    private final DataFolderLock lock;
    private final HikariDataSource dataSource;
    private final SessionFactory sessions;
    private final String actor;
    private final Clock clock;

    private LocalStore(Path folder, DataFolderLock lock, HikariDataSource dataSource, SessionFactory sessions, String actor, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.actor = actor;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store in a data folder; refuses with a clear message when it cannot. */
    public static LocalStore open(Path folder, String actor, Clock clock) {
        DataFolderLock lock = DataFolderLock.acquire(folder);
        HikariDataSource dataSource = null;
        try {
            dataSource = dataSource(folder);
            SchemaMigrator.migrate(dataSource);
            SessionFactory sessions = new HibernatePersistenceConfiguration("canopy")
                    .managedClasses(TenantEntity.class, PersonEntity.class, ComputerEntity.class,
                            AuditEntryEntity.class, OutboxMutationEntity.class)
                    .property("jakarta.persistence.nonJtaDataSource", dataSource)
                    .property("hibernate.jdbc.batch_size", 100)
                    .property("hibernate.order_inserts", true)
                    .schemaToolingAction(Action.VALIDATE)
                    .createEntityManagerFactory();
            return new LocalStore(folder, lock, dataSource, sessions, actor, clock);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            lock.close();
            if (e instanceof StoreException) {
                throw e;
            }
            throw new StoreException("Cannot open the database in " + folder + ": " + rootMessage(e), e);
        }
    }

    public static LocalStore open(Path folder) {
        return open(folder, System.getProperty("user.name", "technician"), Clock.systemUTC());
    }

    private static HikariDataSource dataSource(Path folder) {
        HikariConfig config = new HikariConfig();
        // the lock file already keeps other Canopy processes out; H2's own file lock stays as a second guard
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("canopy").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("canopy-local");
        return new HikariDataSource(config);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    public Path folder() {
        return folder;
    }

    /** Applies one command in one transaction: its changes, their audit entries and one outbox mutation. */
    public synchronized Command.Applied execute(Command command) {
        return sessions.fromTransaction(session -> {
            var now = clock.instant();
            var workspace = new SessionWorkspace(session, actor, now, command.mutationName());
            long baseVersion = workspace.tenant(command.targetId()).map(t -> t.meta().version()).orElse(0L);
            Command.Applied applied = command.applyTo(workspace);
            long mutationId = ClientSettings.nextMutationId(session);
            session.persist(new OutboxMutationEntity(mutationId, command.mutationName(), Json.write(command.args()), baseVersion, now));
            return applied;
        });
    }

    /** The tree's snapshot: every live tenant with its own computer count. */
    public TenantHierarchy loadHierarchy() {
        return sessions.fromSession(session -> {
            Map<UUID, Integer> computers = new HashMap<>();
            for (Object[] row : session.createSelectionQuery(
                    "select c.tenantId, count(c) from ComputerEntity c where c.sync.deleted = false group by c.tenantId", Object[].class).getResultList()) {
                computers.put((UUID) row[0], ((Long) row[1]).intValue());
            }
            List<TenantNode> nodes = new ArrayList<>();
            for (Object[] row : session.createSelectionQuery(
                    "select t.id, t.parentId, t.name, t.kind, t.timeZone from TenantEntity t where t.sync.deleted = false", Object[].class).getResultList()) {
                UUID id = (UUID) row[0];
                nodes.add(new TenantNode(id, (UUID) row[1], (String) row[2], (TenantKind) row[3], (String) row[4], computers.getOrDefault(id, 0)));
            }
            return new TenantHierarchy(nodes);
        });
    }

    /** One tenant with all its fields, including a deleted one. */
    public Optional<Tenant> tenant(UUID id) {
        return sessions.fromSession(session -> Optional.ofNullable(session.find(TenantEntity.class, id)).map(TenantEntity::toTenant));
    }

    /** The audit entries of a record, oldest first. */
    public List<AuditEntryEntity> auditOf(UUID recordId) {
        return sessions.fromSession(session -> session.createSelectionQuery(
                "from AuditEntryEntity a where a.recordId = :id order by a.id", AuditEntryEntity.class).setParameter("id", recordId).getResultList());
    }

    /** What sync will push, in order. */
    public List<OutboxMutationEntity> outbox() {
        return sessions.fromSession(session -> session.createSelectionQuery(
                "from OutboxMutationEntity m order by m.id", OutboxMutationEntity.class).getResultList());
    }

    /** Writes generated sample records in one transaction (see {@link SampleWriter}). */
    public SampleWriter sampleWriter() {
        return new SampleWriter(dataSource);
    }

    /**
     * Closes the store and rewrites the database file compactly. Worth it after bulk writes: one
     * large transaction leaves the file many times larger than its data.
     */
    public void closeAndCompact() {
        sessions.close();
        dataSource.close();
        try (var connection = java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot compact the database: " + rootMessage(e), e);
        } finally {
            lock.close();
        }
    }

    @Override
    public void close() {
        try {
            sessions.close();
            dataSource.close();
        } finally {
            lock.close();
        }
    }
}
