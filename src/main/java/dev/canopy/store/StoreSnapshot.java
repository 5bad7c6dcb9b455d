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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Every live tenant and what it owns, as of one moment, for an export of the whole database: the tenants first (all
 * of them, parents before children, siblings by name), then each tenant's own records, read a slice of tenants at a
 * time so that 100k computers with their inventory are never in memory at once. One serializable read transaction
 * gives every slice the same snapshot (H2 keeps it without blocking the technician's edits); nothing is written.
 */
public final class StoreSnapshot {

    /** Tenants whose records are read together (as the documentation reads them). */
    static final int SLICE = 50;

    /** One tenant and its own live records, each kind in a fixed order (so two exports of one state are equal). */
    public record TenantRecords(Tenant tenant, List<TenantPreference> preferences, List<MaintenanceSchedule> schedules,
                                List<Deployment> deployments, List<Person> people, List<Computer> computers) {
    }

    /** How far a run over the snapshot is, after each tenant. */
    @FunctionalInterface
    public interface Progress {
        void tenantDone(int done, int total, String tenant);
    }

    /** What receives the snapshot: the tenants once, then every tenant's records in the same order. */
    public interface Reader {
        void tenants(List<Tenant> parentsFirst) throws IOException;

        void records(TenantRecords records, int done, int total) throws IOException;
    }

    private StoreSnapshot() {
    }

    /**
     * Reads the snapshot into the reader. {@code cancelled} is asked between tenants; a cancelled read stops with a
     * {@link CancellationException}. An IOException of the reader passes through.
     */
    public static void read(LocalStore store, Reader reader, BooleanSupplier cancelled) throws IOException {
        try {
            store.read(connection -> {
                boolean autoCommit = connection.getAutoCommit();
                connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);  // the pool sets it back
                connection.setAutoCommit(false);
                try {
                    readAll(connection, reader, cancelled);
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void readAll(Connection connection, Reader reader, BooleanSupplier cancelled) throws SQLException {
        List<Tenant> byName = new ArrayList<>(TenantTable.findAll(connection, RecordExport.liveTenantIds(connection)));
        byName.sort(Comparator.comparing(Tenant::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Tenant::id));
        List<Tenant> tenants = RecordExport.parentsFirst(byName, true);  // a scoped copy: its top tenant first
        run(() -> reader.tenants(List.copyOf(tenants)));
        int done = 0;
        for (int from = 0; from < tenants.size(); from += SLICE) {
            List<Tenant> slice = tenants.subList(from, Math.min(tenants.size(), from + SLICE));
            List<UUID> ids = slice.stream().map(Tenant::id).toList();
            Map<UUID, List<TenantPreference>> preferences = byTenant(PreferenceTable.ofTenants(connection, ids), TenantPreference::tenantId,
                    Comparator.comparing(TenantPreference::key));
            Map<UUID, List<MaintenanceSchedule>> schedules = byTenant(RecordTables.of(ScheduleKind.INSTANCE).ofTenants(connection, ids),
                    MaintenanceSchedule::tenantId, Comparator.comparing(MaintenanceSchedule::name).thenComparing(MaintenanceSchedule::id));
            Map<UUID, List<Deployment>> deployments = byTenant(RecordTables.of(DeploymentKind.INSTANCE).ofTenants(connection, ids),
                    Deployment::ownerTenantId, Comparator.comparing(Deployment::software).thenComparing(Deployment::id));
            Map<UUID, List<Person>> people = byTenant(RecordTables.of(PersonKind.INSTANCE).ofTenants(connection, ids), Person::tenantId,
                    Comparator.comparing(Person::displayName, Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(Person::id));
            Map<UUID, List<Computer>> computers = byTenant(ComputerQuery.ofTenants(connection, ids, true), Computer::tenantId,
                    Comparator.comparing(Computer::name).thenComparing(Computer::id));
            for (Tenant tenant : slice) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled");
                }
                UUID id = tenant.id();
                TenantRecords records = new TenantRecords(tenant, own(preferences, id), own(schedules, id), own(deployments, id),
                        own(people, id), own(computers, id));
                int position = ++done;
                run(() -> reader.records(records, position, tenants.size()));
            }
        }
    }

    private static <R> Map<UUID, List<R>> byTenant(List<R> records, Function<R, UUID> owner, Comparator<R> order) {
        Map<UUID, List<R>> grouped = new HashMap<>();
        for (R record : records) {
            grouped.computeIfAbsent(owner.apply(record), k -> new ArrayList<>()).add(record);
        }
        grouped.values().forEach(list -> list.sort(order));
        return grouped;
    }

    private static <R> List<R> own(Map<UUID, List<R>> grouped, UUID tenant) {
        return grouped.getOrDefault(tenant, List.of());
    }

    private interface ReaderStep {
        void run() throws IOException;
    }

    /** The reader's IOException through the JDBC lambda, unwrapped by {@link #read}. */
    private static void run(ReaderStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
