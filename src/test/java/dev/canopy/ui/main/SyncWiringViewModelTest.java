package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.sync.FakeSyncAgent;
import dev.canopy.ui.sync.SyncAgentFactory;
import dev.canopy.ui.sync.SyncLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the main window gets its sync agent: made by the factory from the opened store, before the window shows
 * anything; a sync that changed local records reloads the tree; closing lets go of the agent; no agent is Local only.
 */
class SyncWiringViewModelTest {

    @TempDir
    Path folder;

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private final UUID msp = UUID.randomUUID();
    private MainViewModel main;

    private void openWith(SyncAgentFactory factory, boolean seeded) {
        try (LocalStore store = LocalStore.open(folder)) {
            if (seeded) {
                store.execute(new CreateTenant(msp, null, "Northwind"));
            }
        }
        main = new MainViewModel(folder, new ImmediateTaskExecutor(), OpenedStore::open, new SyncLink(factory, Runnable::run));
        main.open();
    }

    @AfterEach
    void close() {
        if (main != null) {
            main.close(() -> { });
        }
    }

    @Test
    void theFactoryGetsTheOpenedStoreAndTheAgentIsThereBeforeTheWindowShowsAnything() {
        List<LocalStore> given = new ArrayList<>();
        List<SyncAgent> whenWelcomed = new ArrayList<>();
        try (LocalStore store = LocalStore.open(folder)) {
            // an empty folder: the welcome must already know it can offer to connect
        }
        main = new MainViewModel(folder, new ImmediateTaskExecutor(), OpenedStore::open, new SyncLink(store -> {
            given.add(store);
            return agent;
        }, Runnable::run));
        main.stateProperty().addListener((obs, old, state) -> whenWelcomed.add(main.sync().agent()));
        main.open();
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.WELCOME);
        assertThat(given).containsExactly(main.current());
        assertThat(whenWelcomed).containsOnly(agent);
    }

    @Test
    void afterSyncChangedLocalRecordsTheTreeIsReadAgain() {
        openWith(store -> agent, true);
        UUID pulled = UUID.randomUUID();
        main.current().execute(new CreateTenant(pulled, msp, "Acme (from the server)"));  // as a pulled page would write it
        assertThat(main.hierarchy().node(pulled)).isEmpty();

        agent.localDataChanged();

        assertThat(main.hierarchy().node(pulled)).isPresent();
    }

    @Test
    void aFactoryThatFailsLeavesTheWindowWorkingLocalOnly() {
        openWith(store -> {
            throw new IllegalStateException("config folder unreadable");
        }, true);
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.sync().agent()).isNull();
    }

    @Test
    void withoutAFactoryThereIsNoAgent() {
        openWith(SyncAgentFactory.NONE, true);
        assertThat(main.sync().agent()).isNull();
        MainViewModel plain = new MainViewModel(folder, new ImmediateTaskExecutor(), OpenedStore::open);
        assertThat(plain.sync().agent()).isNull();
    }

    @Test
    void closingTheWindowLetsGoOfTheAgentBeforeTheStoreCloses() {
        openWith(store -> agent, true);
        main.close(() -> { });
        main = null;
        assertThat(agent.dataListeners).isEmpty();
        assertThat(agent.closed).isTrue();
    }
}
