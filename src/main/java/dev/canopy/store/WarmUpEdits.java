package dev.canopy.store;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantHierarchy;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits the store tries out (and rolls back) before the technician's first one: a rename and a
 * move, the most common, so their code is loaded and warm. A real change each, since a no-op edit
 * is refused before it reaches most of the path.
 */
final class WarmUpEdits {

    private WarmUpEdits() {
    }

    static List<Command> of(TenantHierarchy tree) {
        List<Command> commands = new ArrayList<>();
        tree.root().ifPresent(root -> {
            commands.add(new UpdateTenant(root.id(), TenantChanges.rename(root.name() + " (warm-up)")));
            var clients = tree.children(root.id());
            if (clients.size() > 1) {
                commands.add(new UpdateTenant(clients.get(0).id(), TenantChanges.move(clients.get(1).id())));
            }
        });
        return commands;
    }
}
