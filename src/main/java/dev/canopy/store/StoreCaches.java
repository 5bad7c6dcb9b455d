package dev.canopy.store;

import dev.canopy.domain.tenant.Tenant;

import java.util.Collection;

/**
 * What the store keeps between reads: the tree, the computer counts in it, and the fleet's inventory. Each write says
 * what it changed, after it commits, so no reader keeps what was there before it.
 */
final class StoreCaches {

    final ComputerCountCache computerCounts = new ComputerCountCache();
    final HierarchyCache hierarchies = new HierarchyCache();
    final FleetInventoryCache inventories = new FleetInventoryCache();

    /** After a command: a rename patches the kept tree; computers moved, added or changed drop what counts them. */
    void afterCommand(boolean movedComputers, boolean changedComputers, Collection<Tenant> savedTenants) {
        if (changedComputers) {
            inventories.invalidate();
        }
        if (movedComputers) {
            computerCounts.invalidate();
            hierarchies.invalidate();
        } else {
            hierarchies.saved(savedTenants);
        }
    }

    /** After a write that may have changed anything: a pulled page, sample data, a replaced database. */
    void dropAll() {
        computerCounts.invalidate();
        hierarchies.invalidate();
        inventories.invalidate();
    }
}
