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
    private final PreparedStatement people;
    private final PreparedStatement computers;
    private final PreparedStatement software;
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
            people = connection.prepareStatement("insert into person (id, tenant_id, display_name, email, role, active,"
                    + " version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?)");
            computers = connection.prepareStatement("insert into computer (id, name, tenant_id, serial_number, device_id, os, os_version,"
                    + " last_seen, primary_person_id, tags, version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            software = connection.prepareStatement("insert into computer_software (computer_id, position, name, version, publisher) values (?,?,?,?,?)");
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
            setMeta(tenants, 10, t.meta());
            tenants.addBatch();
            // parents must exist before children reference them
            tenants.executeBatch();
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
            setMeta(people, 7, p.meta());
            people.addBatch();
            counted();
        });
    }

    @Override
    public void computer(Computer c) {
        run(() -> {
            computers.setObject(1, c.id());
            computers.setString(2, c.name());
            computers.setObject(3, c.tenantId());
            computers.setString(4, c.serialNumber());
            computers.setString(5, c.deviceId());
            computers.setString(6, c.os());
            computers.setString(7, c.osVersion());
            if (c.lastSeen() == null) {
                computers.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                computers.setObject(8, c.lastSeen().atOffset(java.time.ZoneOffset.UTC));
            }
            computers.setObject(9, c.primaryPersonId());
            computers.setString(10, String.join(",", c.tags()));
            setMeta(computers, 11, c.meta());
            computers.addBatch();
            int position = 0;
            for (Software s : c.software()) {
                software.setObject(1, c.id());
                software.setInt(2, position++);
                software.setString(3, s.name());
                software.setString(4, s.version());
                software.setString(5, s.publisher());
                software.addBatch();
            }
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
        computers.executeBatch();
        software.executeBatch();
        pending = 0;
    }

    private static void setMeta(PreparedStatement st, int first, RecordMeta meta) throws SQLException {
        st.setLong(first, meta.version());
        st.setObject(first + 1, meta.updatedAt().atOffset(java.time.ZoneOffset.UTC));
        st.setString(first + 2, meta.updatedBy());
        st.setBoolean(first + 3, meta.deleted());
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
