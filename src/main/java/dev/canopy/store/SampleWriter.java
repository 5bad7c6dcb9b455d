package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.sample.SampleSink;
import dev.canopy.domain.tenant.Tenant;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.function.BooleanSupplier;

/**
 * Bulk-writes generated sample data with JDBC batches in a single transaction: either the whole
 * sample lands or (on error or cancel) nothing does. Sample data is seeding, not user edits, so it
 * writes no audit or outbox rows.
 */
public final class SampleWriter implements SampleSink, AutoCloseable {

    private static final int BATCH = 2_000;

    private final Connection connection;
    private final PreparedStatement tenants;
    private final PreparedStatement refs;
    private final PreparedStatement people;
    private final PreparedStatement personRefs;
    private final PreparedStatement computers;
    private final PreparedStatement software;
    /** Prepared at the first session: a server's database (which the bench seeds with this writer) has no session table. */
    private PreparedStatement sessions;
    private BooleanSupplier cancelled = () -> false;
    private int pending;
    private boolean committed;
    private final Runnable afterCommit;

    SampleWriter(DataSource dataSource, Runnable afterCommit) {
        this.afterCommit = afterCommit;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            if (count("select count(*) from tenant") > 0) {
                connection.close();
                throw new StoreException("This data folder already has tenants; sample data goes into an empty data folder (use --data-dir).");
            }
            tenants = connection.prepareStatement("insert into tenant (id, name, slug, kind, parent_id, description, time_zone, tags, active,"
                    + " version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            refs = connection.prepareStatement(ExternalRefRows.TENANT.insertSql());
            people = connection.prepareStatement("insert into person (id, tenant_id, display_name, email, role, active,"
                    + " version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?)");
            personRefs = connection.prepareStatement(ExternalRefRows.PERSON.insertSql());
            computers = connection.prepareStatement(ComputerRows.INSERT_COMPUTER);
            software = connection.prepareStatement(ComputerRows.INSERT_SOFTWARE);
        } catch (SQLException e) {
            throw new StoreException("Cannot write sample data: " + e.getMessage(), e);
        }
    }

    /** Lets a progress dialog stop the generation; the transaction is then rolled back. */
    public void cancelWhen(BooleanSupplier condition) {
        cancelled = condition;
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    private long count(String sql) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void tenant(Tenant t) {
        run(() -> {
            tenants.setObject(1, t.id());
            tenants.setString(2, t.name());
            tenants.setString(3, t.slug());
            tenants.setString(4, t.kind().name());
            tenants.setObject(5, t.parentId());
            tenants.setString(6, t.description());
            tenants.setString(7, t.timeZone());
            tenants.setString(8, String.join(",", t.tags()));
            tenants.setBoolean(9, t.active());
            ComputerRows.setMeta(tenants, 10, t.meta());
            tenants.addBatch();
            // parents must exist before children reference them
            tenants.executeBatch();
            ExternalRefRows.add(refs, t.id(), t.externalRefs());
            refs.executeBatch();
        });
    }

    @Override
    public void person(Person p) {
        run(() -> {
            flushTenants();
            people.setObject(1, p.id());
            people.setObject(2, p.tenantId());
            people.setString(3, p.displayName());
            people.setString(4, p.email());
            people.setString(5, p.role() == null ? null : p.role().name());
            people.setBoolean(6, p.active());
            ComputerRows.setMeta(people, 7, p.meta());
            people.addBatch();
            ExternalRefRows.add(personRefs, p.id(), p.externalRefs());
            counted();
        });
    }

    @Override
    public void computer(Computer c) {
        run(() -> {
            ComputerRows.add(computers, software, c);
            counted();
        });
    }

    @Override
    public void session(dev.canopy.domain.session.MaintenanceSession session) {
        run(() -> {
            if (sessions == null) {
                sessions = connection.prepareStatement(SessionRows.INSERT);
            }
            SessionRows.add(sessions, session);
            counted();
        });
    }

    @Override
    public void schedule(dev.canopy.domain.schedule.MaintenanceSchedule schedule) {
        run(() -> {
            flushTenants();
            RecordTables.of(dev.canopy.domain.schedule.ScheduleKind.INSTANCE).upsert(connection, schedule);
        });
    }

    @Override
    public void deployment(dev.canopy.domain.deployment.Deployment deployment) {
        run(() -> {
            flushTenants();
            RecordTables.of(dev.canopy.domain.deployment.DeploymentKind.INSTANCE).upsert(connection, deployment);
        });
    }

    @Override
    public void preference(dev.canopy.domain.preference.TenantPreference preference) {
        run(() -> {
            flushTenants();
            PreferenceTable.save(connection, preference.tenantId(), preference.key(), preference);
        });
    }

    private void flushTenants() throws SQLException {
        tenants.executeBatch();
    }

    private void counted() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        // people before computers: computers reference their primary person
        people.executeBatch();
        personRefs.executeBatch();
        computers.executeBatch();
        software.executeBatch();
        if (sessions != null) {
            sessions.executeBatch();  // after the computers they belong to
        }
        pending = 0;
    }

    /** Makes everything written visible at once. */
    public void commit() {
        run(() -> {
            flush();
            connection.commit();
            committed = true;
        });
        afterCommit.run();
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private void run(SqlStep step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new StoreException("Cannot write sample data: " + LocalStore.rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot finish writing sample data: " + e.getMessage(), e);
        }
    }
}
