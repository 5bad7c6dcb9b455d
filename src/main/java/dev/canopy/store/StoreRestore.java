package dev.canopy.store;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.Tenant;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a whole database's records, exactly as given (ids, versions, who and when), into a store that holds no
 * tenant yet: JDBC batches in one transaction under the store's write lock, so either everything lands or (on a bad
 * record, a refusal of the caller or an error) nothing does. Like the sample, it is seeding, not edits: no audit or
 * outbox rows.
 * <p>
 * Two references may point outside what is restored, as they can in a store: the top tenant of a technician's scoped
 * copy has a parent the copy never held, and a computer's primary person may be a deleted person. Each gets the hidden
 * stand-in that sync writes for such a reference ({@link PulledRecords}), so the restored records keep their fields.
 */
public final class StoreRestore {

    private static final int BATCH = 2_000;

    /** What the caller writes through the batch; it may throw its own checked exception, which rolls everything back. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(Batch batch) throws E;
    }

    /**
     * Where a reader of a whole database's records puts them, in this order: tenants parent first, each tenant's
     * records after it. The {@link Batch} writes them; a dry run only counts them.
     */
    public interface Records {
        void tenant(Tenant tenant);

        void preference(TenantPreference preference);

        void schedule(MaintenanceSchedule schedule);

        void deployment(Deployment deployment);

        void person(Person person);

        void computer(Computer computer);

        /** Writes what is held back so far, so that a refusal comes while the reader still knows its line. */
        void writePending();

        /** What has been taken so far. */
        RecordCounts counts();
    }

    private StoreRestore() {
    }

    /**
     * Refuses (a StoreException, the one a restore gives) when the store holds any tenant, deleted ones included, as
     * a restore does before it writes: for a dry run, which must say so without writing.
     */
    public static void checkEmpty(LocalStore store) {
        store.exclusively(dataSource -> {
            try (Connection connection = dataSource.getConnection()) {
                refuseUnlessEmpty(connection, store.folder().toString());
            } catch (SQLException e) {
                throw new StoreException("Cannot read the database: " + LocalStore.rootMessage(e), e);
            }
            return null;
        });
    }

    private static void refuseUnlessEmpty(Connection connection, String folder) throws SQLException {
        try (var st = connection.createStatement(); var rows = st.executeQuery("select count(*) from tenant")) {
            rows.next();
            long held = rows.getLong(1);
            if (held > 0) {
                throw new StoreException("The data folder " + folder + " already holds data (" + held + " tenants); an export is restored"
                        + " only into an empty data folder (give a new one with --data-dir).");
            }
        }
    }

    /**
     * Runs the work against a batch into the store and commits what it wrote, or refuses (a StoreException) when the
     * store already holds tenants.
     */
    public static <T, E extends Exception> T into(LocalStore store, Work<T, E> work) throws E {
        Object[] outcome = new Object[1];
        Exception[] failed = new Exception[1];
        store.exclusively(dataSource -> {
            try (Batch batch = new Batch(dataSource, store.folder().toString())) {
                outcome[0] = work.run(batch);
                batch.commit();
            } catch (SQLException e) {
                throw new StoreException("Cannot write the database: " + LocalStore.rootMessage(e), e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                failed[0] = e;
            }
            return null;
        });
        if (failed[0] != null) {
            @SuppressWarnings("unchecked")
            E refused = (E) failed[0];
            throw refused;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }

    /** The open transaction's writer: tenants parent first, each tenant's records after it. */
    public static final class Batch implements Records, AutoCloseable {

        private final Connection connection;
        private final PreparedStatement tenants;
        private final PreparedStatement refs;
        private final PreparedStatement preferences;
        private final PreparedStatement schedules;
        private final PreparedStatement deployments;
        private final PreparedStatement people;
        private final PreparedStatement personRefs;
        private final PreparedStatement computers;
        private final PreparedStatement software;
        private final Set<UUID> tenantIds = new HashSet<>();
        private final Set<UUID> personIds = new HashSet<>();
        /** Computers written before their primary person: {computer, person, computer's tenant}, linked at the end. */
        private final List<UUID[]> laterLinks = new ArrayList<>();
        private int pending;
        private int personCount;
        private int preferenceCount;
        private int scheduleCount;
        private int deploymentCount;
        private int computerCount;
        private long softwareCount;
        private boolean committed;

        private Batch(DataSource dataSource, String folder) throws SQLException {
            connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                refuseUnlessEmpty(connection, folder);
                tenants = connection.prepareStatement(TenantTable.INSERT);
                refs = connection.prepareStatement(ExternalRefRows.TENANT.insertSql());
                preferences = connection.prepareStatement(PreferenceTable.INSERT);
                schedules = connection.prepareStatement(RecordTables.of(ScheduleKind.INSTANCE).insertSql());
                deployments = connection.prepareStatement(RecordTables.of(DeploymentKind.INSTANCE).insertSql());
                people = connection.prepareStatement(RecordTables.of(PersonKind.INSTANCE).insertSql());
                personRefs = connection.prepareStatement(ExternalRefRows.PERSON.insertSql());
                computers = connection.prepareStatement(ComputerRows.INSERT_COMPUTER);
                software = connection.prepareStatement(ComputerRows.INSERT_SOFTWARE);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        private interface Step {
            void run() throws SQLException;
        }

        /** A batch step; a refusal of the database names the first line of its message. */
        private static void run(Step step) {
            try {
                step.run();
            } catch (SQLException e) {
                throw new StoreException("Cannot write the restored records: " + LocalStore.rootMessage(e), e);
            }
        }

        /** A tenant, written at once (its records and children refer to it). */
        @Override
        public void tenant(Tenant tenant) {
            run(() -> {
                if (tenant.parentId() != null && !tenantIds.contains(tenant.parentId())) {
                    PulledRecords.placeholderTenant(connection, tenant.parentId());
                }
                TenantTable.bind(tenants, tenant);
                tenants.executeUpdate();
                ExternalRefRows.add(refs, tenant.id(), tenant.externalRefs());
                refs.executeBatch();
                tenantIds.add(tenant.id());
            });
        }

        @Override
        public void preference(TenantPreference preference) {
            run(() -> {
                PreferenceTable.bind(preferences, preference.tenantId(), preference.key(), preference);
                preferences.addBatch();
                preferenceCount++;
                counted();
            });
        }

        @Override
        public void schedule(MaintenanceSchedule schedule) {
            run(() -> {
                RecordTables.of(ScheduleKind.INSTANCE).bindInsert(schedules, schedule);
                schedules.addBatch();
                scheduleCount++;
                counted();
            });
        }

        @Override
        public void deployment(Deployment deployment) {
            run(() -> {
                RecordTables.of(DeploymentKind.INSTANCE).bindInsert(deployments, deployment);
                deployments.addBatch();
                deploymentCount++;
                counted();
            });
        }

        @Override
        public void person(Person person) {
            run(() -> {
                RecordTables.of(PersonKind.INSTANCE).bindInsert(people, person);
                people.addBatch();
                ExternalRefRows.add(personRefs, person.id(), person.externalRefs());
                personIds.add(person.id());
                personCount++;
                counted();
            });
        }

        /** A computer with its inventory; a primary person not written yet is linked once everything else is. */
        @Override
        public void computer(Computer computer) {
            run(() -> {
                Computer written = computer;
                UUID person = computer.primaryPersonId();
                if (person != null && !personIds.contains(person)) {
                    laterLinks.add(new UUID[]{computer.id(), person, computer.tenantId()});
                    written = new Computer(computer.id(), computer.name(), computer.tenantId(), computer.serialNumber(), computer.deviceId(),
                            computer.os(), computer.osVersion(), computer.lastSeen(), null, computer.tags(), computer.software(), computer.meta());
                }
                ComputerRows.add(computers, software, written);
                computerCount++;
                softwareCount += computer.software().size();
                counted();
            });
        }

        /** What has been written so far. */
        @Override
        public RecordCounts counts() {
            return new RecordCounts(tenantIds.size(), preferenceCount, scheduleCount, deploymentCount, personCount, computerCount, softwareCount);
        }

        private void counted() throws SQLException {
            if (++pending >= BATCH) {
                flush();
            }
        }

        /** Writes what is batched now (the commit would), so that a refusal of the database comes while the caller still knows where it is. */
        @Override
        public void writePending() {
            run(this::flush);
        }

        private void flush() throws SQLException {
            // people before computers: computers refer to their primary person
            for (PreparedStatement batch : List.of(preferences, schedules, deployments, people, personRefs, computers, software)) {
                batch.executeBatch();
            }
            pending = 0;
        }

        private void commit() throws SQLException {
            flush();
            try (PreparedStatement link = connection.prepareStatement("update computer set primary_person_id = ? where id = ?")) {
                for (UUID[] later : laterLinks) {
                    if (personIds.add(later[1])) {  // not restored (a deleted person): its hidden stand-in
                        PulledRecords.placeholderPerson(connection, later[1], later[2]);
                    }
                    link.setObject(1, later[1]);
                    link.setObject(2, later[0]);
                    link.addBatch();
                }
                link.executeBatch();
            }
            connection.commit();
            committed = true;
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!committed) {
                    connection.rollback();
                }
            } finally {
                connection.close();
            }
        }
    }
}
