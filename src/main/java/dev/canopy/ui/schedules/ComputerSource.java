package dev.canopy.ui.schedules;

import dev.canopy.ui.common.StoreAccess;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where the "Chosen computers" picker finds computers. Called on the task runner only, never on the FX thread. */
public interface ComputerSource {

    /** The live computers of these tenants, by name. */
    List<ComputerChoice> ofTenants(Collection<UUID> tenantIds);

    /** Those of these ids that are live computers (in any tenant). */
    List<ComputerChoice> byIds(Collection<UUID> ids);

    /** The local store's computers. */
    static ComputerSource of(StoreAccess store) {
        return new ComputerSource() {
            @Override
            public List<ComputerChoice> ofTenants(Collection<UUID> tenantIds) {
                return store.current().computers(tenantIds, false).stream()
                        .map(c -> new ComputerChoice(c.id(), c.name(), c.tenantId(), c.tags())).toList();
            }

            @Override
            public List<ComputerChoice> byIds(Collection<UUID> ids) {
                return store.current().computersByIds(ids, false).stream()
                        .map(c -> new ComputerChoice(c.id(), c.name(), c.tenantId(), c.tags())).toList();
            }
        };
    }
}
