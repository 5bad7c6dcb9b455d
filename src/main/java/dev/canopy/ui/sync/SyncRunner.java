package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Sync now" wherever it is asked for (menu, Ctrl+Shift+S, tool bar, sync panel, preview's "Send all"): one long task
 * at a time with progress and cancel in the status bar; the result goes to the status line and to {@link #resultProperty()}.
 */
public final class SyncRunner {

    private final SyncAccess sync;
    private final TaskExecutor tasks;
    private final Notices notices;
    private final Runnable onLocalChange;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public SyncRunner(SyncAccess sync, TaskExecutor tasks, Notices notices, Runnable onLocalChange) {
        this.sync = sync;
        this.tasks = tasks;
        this.notices = notices;
        this.onLocalChange = onLocalChange;
    }

    public void syncNow() {
        syncNow(() -> { });
    }

    /** Pushes the outbox and pulls, in the background; a second request while one runs is not queued behind it. */
    public void syncNow(Runnable after) {
        SyncAgent agent = sync.agent();
        if (agent == null) {
            say("Sync is not available in this app; your edits stay in this data folder.");
            return;
        }
        if (running.get()) {
            say("A sync is already running.");
            return;
        }
        running.set(true);
        tasks.start(BackgroundTask.of("Syncing", progress -> agent.syncNow(new TaskSyncProgress(progress))), (SyncOutcome outcome) -> {
            running.set(false);
            say("Synced: " + SyncMessages.outcome(outcome));
            onLocalChange.run();
            after.run();
        }, error -> {
            running.set(false);
            say(SyncMessages.failure(error));
            after.run();
        }, () -> {
            running.set(false);
            say("Sync cancelled. Your edits are kept and sent at the next sync.");
            after.run();
        });
    }

    private void say(String text) {
        result.set(text);
        notices.setNotice(text);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last sync's outcome or why it failed, in words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
