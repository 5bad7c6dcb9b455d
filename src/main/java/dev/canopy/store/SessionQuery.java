package dev.canopy.store;

import dev.canopy.domain.session.SessionStatus;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which maintenance sessions to read: those of some tenants (each tenant's own, the caller picks a subtree),
 * optionally only some statuses, newest first, at most {@code limit}.
 *
 * @param statuses empty for every status
 */
public record SessionQuery(List<UUID> tenantIds, Set<SessionStatus> statuses, int limit) {

    public SessionQuery {
        if (tenantIds == null) {
            throw new IllegalArgumentException("tenantIds: name the tenants whose sessions to read");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit: at least 1 session, got " + limit);
        }
        tenantIds = List.copyOf(tenantIds);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** The newest sessions of the tenants, any status. */
    public static SessionQuery recent(Collection<UUID> tenantIds, int limit) {
        return new SessionQuery(List.copyOf(tenantIds), Set.of(), limit);
    }

    /** The same tenants and limit, only these statuses. */
    public SessionQuery only(SessionStatus first, SessionStatus... more) {
        return new SessionQuery(tenantIds, EnumSet.of(first, more), limit);
    }
}
