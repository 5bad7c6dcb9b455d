package dev.canopy.ui.common;

import java.util.Objects;

/**
 * What the main window hands its editors. Each view model takes from it only the services it uses,
 * so a test can build one with a store, an {@link ImmediateTaskExecutor} and a plain context.
 */
public record EditorServices(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {

    public EditorServices {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(notices, "notices");
    }
}
