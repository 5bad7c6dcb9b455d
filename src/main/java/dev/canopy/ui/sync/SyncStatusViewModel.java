package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The status bar's sync part: the agent's status in words ({@link SyncStatusText}). The agent reports on its own
 * threads; each status is handed to the FX thread, and only the newest one handed over is shown.
 */
public final class SyncStatusViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStatusViewModel.class);

    private final SyncAccess sync;
    private final SyncStatusText words;
    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SyncStatusText.Line> line = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<SyncAgent> onAgent = (obs, old, agent) -> follow(agent);
    private AutoCloseable subscription;
    private long generation;

    public SyncStatusViewModel(SyncAccess sync, Clock clock) {
        this.sync = sync;
        this.words = new SyncStatusText(clock);
        line.set(words.of(null));
        sync.agentProperty().addListener(onAgent);
        follow(sync.agent());
    }

    private void follow(SyncAgent agent) {
        unsubscribe();
        long mine = ++generation;
        show(null);
        if (agent != null) {
            // a status from an agent no longer followed must not overwrite the current one
            subscription = agent.onStatus(s -> sync.onFxThread(() -> {
                if (mine == generation) {
                    show(s);
                }
            }));
        }
    }

    private void show(SyncStatus s) {
        status.set(s);
        line.set(words.of(s));
    }

    /** The latest status (null: no agent). */
    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncStatusText.Line> lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** True once a server is configured (not Local only): "Sync now" syncs instead of offering to connect. */
    public boolean isConnected() {
        SyncStatus s = status.get();
        return s != null && s.state() != SyncStatus.State.LOCAL_ONLY;
    }

    public String when(java.time.Instant at) {
        return words.when(at);
    }

    public void dispose() {
        sync.agentProperty().removeListener(onAgent);
        generation++;
        unsubscribe();
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Removing the sync status listener failed", e);
            }
            subscription = null;
        }
    }
}
