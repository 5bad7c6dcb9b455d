package dev.canopy.ui.deployments;

import dev.canopy.store.LocalStore;

import java.util.List;
import java.util.UUID;

/**
 * Where the "why" panel gets the real computers of a tenant to pick from (besides the hypothetical
 * "any computer of this tenant", which it always offers). Called on a load thread.
 */
@FunctionalInterface
public interface ComputerSource {

    List<WhyComputer> computersOf(LocalStore store, UUID tenantId);

    /** No real computers: the panel explains only the hypothetical one. */
    ComputerSource NONE = (store, tenantId) -> List.of();

    /** The tenant's own live computers (without inventory: resolution needs only id, tenant and tags). */
    ComputerSource STORE = (store, tenantId) -> store.computers(List.of(tenantId), false).stream()
            .map(c -> WhyComputer.real(c.id(), c.tenantId(), c.name(), c.tags()))
            .toList();
}
