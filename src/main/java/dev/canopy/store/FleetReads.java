package dev.canopy.store;

import dev.canopy.domain.person.Role;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * What reports and the overview read of the whole fleet, beside the editors' reads in {@link LocalStore}: computers
 * with their inventory in two table scans, people and sessions in one scan each, and maintenance sessions by query.
 */
public final class FleetReads {

    private final LocalStore store;
    private final Clock clock;

    FleetReads(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A compliance report's computers: the tenants' live computers (all when null) by name, with only the inventory
     * lines whose software passes; {@code seen} gets each distinct (name, version) of such lines once, of any computer,
     * deleted or outside the tenants too (what the newest known version is measured against). Read from the store's
     * {@link FleetInventory} (two table scans the first time, and after a write that changed computers).
     */
    public List<ComputerInventory> computerInventories(Set<UUID> tenantIds, Predicate<String> software, BiConsumer<String, String> seen) {
        return store.fleetInventory().select(tenantIds, software, seen);
    }

    /** Maintenance sessions matching the query, newest first. */
    public List<MaintenanceSession> sessions(SessionQuery query) {
        return store.read(connection -> SessionRows.find(connection, query));
    }

    /** The newest maintenance sessions of the tenants, any status. */
    public List<MaintenanceSession> recentSessions(Collection<UUID> tenantIds, int limit) {
        return sessions(SessionQuery.recent(tenantIds, limit));
    }

    /** Sessions of the tenants started in the last 30 days, per status (each status present, 0 when none). */
    public Map<SessionStatus, Integer> sessionCounts(Collection<UUID> tenantIds) {
        return store.read(connection -> SessionRows.counts(connection, tenantIds, clock.instant().minus(Duration.ofDays(30))));
    }

    /** Every live, active person's tenant and role, and every live session newest first (the overview's facts). */
    public void scanPeopleAndSessions(BiConsumer<UUID, Role> people, SessionSink sessions) {
        store.read(connection -> {
            PeopleCounts.scan(connection, people);
            SessionRows.scan(connection, sessions);
            return null;
        });
    }

    /** Some maintenance sessions by id, in no order. */
    public List<MaintenanceSession> sessionsByIds(Collection<UUID> ids) {
        return store.read(connection -> SessionRows.byIds(connection, ids));
    }
}
