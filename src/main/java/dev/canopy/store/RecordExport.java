package dev.canopy.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.SyncLedger.PulledChange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every live local record as a pull returns it, for a first publish: tenants parent first, then people, computers,
 * schedules, deployments and preferences (the order the server writes them in), read a slice of tenants at a time
 * so 100k computers are never in memory at once.
 */
final class RecordExport {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final int SLICE = 200;
    private static final String LIVE_TENANTS = "select id from tenant where deleted = false";

    private RecordExport() {
    }

    static void each(Connection connection, Consumer<PulledChange> sink) throws SQLException {
        each(connection, sink, LIVE_TENANTS);
    }

    /** Every record held, deleted tenants (and what they still hold) included. */
    static void eachHeld(Connection connection, Consumer<PulledChange> sink) throws SQLException {
        each(connection, sink, "select id from tenant");
    }

    private static void each(Connection connection, Consumer<PulledChange> sink, String tenantQuery) throws SQLException {
        List<Tenant> tenants = parentsFirst(TenantTable.findAll(connection, tenantIds(connection, tenantQuery)));
        tenants.forEach(t -> sink.accept(change("tenant", t.id(), t)));
        List<UUID> ids = tenants.stream().map(Tenant::id).toList();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            RecordTables.of(PersonKind.INSTANCE).ofTenants(connection, slice).forEach(p -> sink.accept(change("person", p.id(), p)));
            ComputerQuery.ofTenants(connection, slice, true).forEach(c -> sink.accept(change("computer", c.id(), c)));
            RecordTables.of(ScheduleKind.INSTANCE).ofTenants(connection, slice).forEach(s -> sink.accept(change("schedule", s.id(), s)));
            RecordTables.of(DeploymentKind.INSTANCE).ofTenants(connection, slice).forEach(d -> sink.accept(change("deployment", d.id(), d)));
        }
        Set<UUID> live = new HashSet<>(ids);
        for (var preference : PreferenceTable.all(connection)) {
            if (live.contains(preference.tenantId())) {
                sink.accept(change("preference", preference.tenantId(), preference));
            }
        }
    }

    /** The ids of every live tenant (an export's). */
    static List<UUID> liveTenantIds(Connection connection) throws SQLException {
        return tenantIds(connection, LIVE_TENANTS);
    }

    private static List<UUID> tenantIds(Connection connection, String query) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** Breadth first from the roots; a tenant whose parent is not live comes last (the server then names it). */
    static List<Tenant> parentsFirst(List<Tenant> tenants) {
        return parentsFirst(tenants, false);
    }

    /**
     * As {@link #parentsFirst(List)}; with {@code orphansAreRoots} a tenant whose parent is not among the tenants is a
     * root too, its subtree parents first below it (a technician's scoped copy: its top tenant's parent is not held).
     */
    static List<Tenant> parentsFirst(List<Tenant> tenants, boolean orphansAreRoots) {
        Map<UUID, List<Tenant>> children = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        tenants.forEach(t -> ids.add(t.id()));
        Deque<Tenant> queue = new ArrayDeque<>();
        for (Tenant t : tenants) {
            if (t.parentId() == null || orphansAreRoots && !ids.contains(t.parentId())) {
                queue.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Tenant> ordered = new ArrayList<>(tenants.size());
        Set<UUID> placed = new HashSet<>();
        while (!queue.isEmpty()) {
            Tenant next = queue.poll();
            if (placed.add(next.id())) {
                ordered.add(next);
                queue.addAll(children.getOrDefault(next.id(), List.of()));
            }
        }
        tenants.stream().filter(t -> !placed.contains(t.id())).forEach(ordered::add);
        return ordered;
    }

    private static PulledChange change(String entity, UUID id, Object record) {
        return new PulledChange("UPSERT", entity, id, Json.MAPPER.convertValue(record, FIELDS));
    }
}
