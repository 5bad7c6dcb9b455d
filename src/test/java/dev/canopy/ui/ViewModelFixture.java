package dev.canopy.ui;

import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.main.MainViewModel;
import dev.canopy.ui.main.OpenedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * For view-model tests (no window, no toolkit): a real store on a temporary H2 file, seeded by the
 * test, behind the real MainViewModel on an {@link ImmediateTaskExecutor}, so every load and edit
 * has finished when the call returns. Edits made through {@link #services()} are real commands
 * with undo, audit and outbox, exactly as the window makes them.
 */
public abstract class ViewModelFixture {

    @TempDir
    protected Path folder;

    protected MainViewModel main;

    /** Seeds the data folder, then opens it as the app does (tree read, ORM booted). */
    protected void open(Consumer<LocalStore> seed) {
        try (LocalStore store = LocalStore.open(folder)) {
            seed.accept(store);
        }
        main = new MainViewModel(folder, new ImmediateTaskExecutor(), OpenedStore::open);
        main.open();
    }

    @AfterEach
    void closeStore() {
        if (main != null) {
            main.close(() -> { });
        }
    }

    protected EditorServices services() {
        return main.services();
    }

    protected LocalStore store() {
        return main.current();
    }

    /** Selects a tenant by id, as a click in the tree does. */
    protected void select(UUID tenant) {
        main.selectedTenantProperty().set(tenant);
    }

    protected TenantNode tenantNamed(String name) {
        return main.hierarchy().depthFirst().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
