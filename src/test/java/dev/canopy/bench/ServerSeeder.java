package dev.canopy.bench;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.sample.SampleSink;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.SampleWriter;

import javax.sql.DataSource;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills an empty, migrated server database with the sample MSP (seed 42) as if every record had been pushed to it:
 * the records through the store's own {@link SampleWriter} (its constructor is package-private, so it is called by
 * reflection: the same insert shape as {@code canopy sample}, software, schedules, deployments and preferences
 * included), then one {@code sync_change} row per record, seq 1..N in the order the generator made them (parents
 * before children, records after their tenant), each record's version set to its seq and {@code sync_sequence} to N.
 * A pull then sees exactly what a server that had received those records would send.
 */
final class ServerSeeder {

    /** One record as the change log names it. */
    record Logged(String entity, UUID id, String key, UUID tenantId) {
    }

    /** What was written: the records in seq order (seq = index + 1), and how many of each entity. */
    record Seeded(List<Logged> records, Map<String, Integer> perEntity, double recordsMs, double changeLogMs) {
        long head() {
            return records.size();
        }
    }

    private static final int BATCH = 5_000;

    private ServerSeeder() {
    }

    static Seeded seed(DataSource dataSource, int tenants, int computers) throws Exception {
        List<Logged> log = new ArrayList<>();
        long start = System.nanoTime();
        Constructor<SampleWriter> constructor = SampleWriter.class.getDeclaredConstructor(DataSource.class, Runnable.class);
        constructor.setAccessible(true);
        try (SampleWriter writer = constructor.newInstance(dataSource, (Runnable) () -> { })) {
            new SampleGenerator(42, Instant.now(), "sample").generate("Northwind IT Services", tenants, computers, new LoggingSink(writer, log));
            writer.commit();
        }
        double recordsMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        writeChangeLog(dataSource, log);
        double changeLogMs = (System.nanoTime() - start) / 1e6;
        Map<String, Integer> perEntity = new LinkedHashMap<>();
        log.forEach(r -> perEntity.merge(r.entity(), 1, Integer::sum));
        return new Seeded(List.copyOf(log), perEntity, recordsMs, changeLogMs);
    }

    private static void writeChangeLog(DataSource dataSource, List<Logged> log) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, PreparedStatement> stamps = new LinkedHashMap<>();
            try (PreparedStatement change = connection.prepareStatement("insert into sync_change (seq, entity, record_id, record_key,"
                    + " tenant_id, previous_tenant_id) values (?, ?, ?, ?, ?, null)")) {
                long seq = 0;
                for (Logged record : log) {
                    seq++;
                    change.setLong(1, seq);
                    change.setString(2, record.entity());
                    change.setObject(3, record.id());
                    change.setString(4, record.key());
                    change.setObject(5, record.tenantId());
                    change.addBatch();
                    PreparedStatement stamp = stamps.get(record.entity());
                    if (stamp == null) {
                        stamp = connection.prepareStatement(record.entity().equals("preference")
                                ? "update tenant_preference set version = ? where tenant_id = ? and setting_key = ?"
                                : "update " + record.entity() + " set version = ? where id = ?");
                        stamps.put(record.entity(), stamp);
                    }
                    stamp.setLong(1, seq);
                    stamp.setObject(2, record.id());
                    if (record.key() != null) {
                        stamp.setString(3, record.key());
                    }
                    stamp.addBatch();
                    if (seq % BATCH == 0) {
                        change.executeBatch();
                        for (PreparedStatement s : stamps.values()) {
                            s.executeBatch();
                        }
                    }
                }
                change.executeBatch();
                for (PreparedStatement s : stamps.values()) {
                    s.executeBatch();
                }
                try (PreparedStatement head = connection.prepareStatement("update sync_sequence set last_seq = ? where id = 1")) {
                    head.setLong(1, seq);
                    head.executeUpdate();
                }
                connection.commit();
            } finally {
                for (PreparedStatement s : stamps.values()) {
                    s.close();
                }
            }
        }
    }

    /** Passes every record on to the writer and notes it for the change log. */
    private record LoggingSink(SampleWriter writer, List<Logged> log) implements SampleSink {

        @Override
        public void tenant(Tenant tenant) {
            writer.tenant(tenant);
            log.add(new Logged("tenant", tenant.id(), null, tenant.id()));
        }

        @Override
        public void person(Person person) {
            writer.person(person);
            log.add(new Logged("person", person.id(), null, person.tenantId()));
        }

        @Override
        public void computer(Computer computer) {
            writer.computer(computer);
            log.add(new Logged("computer", computer.id(), null, computer.tenantId()));
        }

        @Override
        public void schedule(MaintenanceSchedule schedule) {
            writer.schedule(schedule);
            log.add(new Logged("schedule", schedule.id(), null, schedule.tenantId()));
        }

        @Override
        public void deployment(Deployment deployment) {
            writer.deployment(deployment);
            log.add(new Logged("deployment", deployment.id(), null, deployment.ownerTenantId()));
        }

        @Override
        public void preference(TenantPreference preference) {
            writer.preference(preference);
            // a preference is named by its tenant and key, as JdbcWorkspace logs it
            log.add(new Logged("preference", preference.tenantId(), preference.key(), preference.tenantId()));
        }
    }
}
