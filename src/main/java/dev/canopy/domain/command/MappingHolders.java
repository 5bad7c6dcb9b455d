package dev.canopy.domain.command;

import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stored holders of the mappings an import brings, read in one query before its tenants are checked (one query
 * per tenant was 10k for an import of 10k clients and sites). A mapping not asked for up front (its rule check changed
 * it) is read on its own.
 */
final class MappingHolders {

    private final Workspace ws;
    private final Set<ExternalRef> asked = new HashSet<>();
    private final Map<ExternalRef, List<Tenant>> found;

    MappingHolders(Workspace ws, Collection<ExternalRef> refs) {
        this.ws = ws;
        refs.forEach(ref -> asked.add(key(ref)));
        this.found = asked.isEmpty() ? Map.of() : ws.tenantsMappedToAny(refs);
    }

    /** As {@link Workspace#tenantsMappedTo}. */
    List<Tenant> of(ExternalRef ref) {
        ExternalRef key = key(ref);
        return asked.contains(key) ? found.getOrDefault(key, List.of()) : ws.tenantsMappedTo(ref.source(), ref.externalId());
    }

    private static ExternalRef key(ExternalRef ref) {
        return new ExternalRef(ref.source().toLowerCase(Locale.ROOT), ref.externalId());
    }
}
