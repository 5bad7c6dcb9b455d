package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * "Before it sends": the server's dry run of every pending edit (will apply, merge, conflict or be rejected, and
 * why), with nothing sent; the technician can drop edits (undone locally) or send all.
 */
public final class PreviewViewModel {

    private final SyncAccess sync;
    private final TaskExecutor tasks;
    private final SyncRunner runner;
    private final Runnable onLocalChange;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper(false);

    public PreviewViewModel(SyncAccess sync, TaskExecutor tasks, SyncRunner runner, Runnable onLocalChange) {
        this.sync = sync;
        this.tasks = tasks;
        this.runner = runner;
        this.onLocalChange = onLocalChange;
    }

    /** Asks the server's dry run, in the background (a day's edits can take a moment). */
    public void run() {
        SyncAgent agent = sync.agent();
        if (agent == null || asking.get()) {
            return;
        }
        asking.set(true);
        canSend.set(false);
        summary.set("Asking the server what your pending edits would do…");
        tasks.start(BackgroundTask.of("Previewing pending edits", progress -> agent.preview()), items -> {
            asking.set(false);
            rows.setAll(items.stream().map(PreviewRow::of).toList());
            summarise();
        }, error -> {
            asking.set(false);
            summary.set(SyncMessages.failure(error));
        }, () -> {
            asking.set(false);
            summary.set("Preview cancelled; nothing was sent.");
        });
    }

    private void summarise() {
        if (rows.isEmpty()) {
            summary.set("Nothing is pending: there is nothing to send.");
            canSend.set(false);
            return;
        }
        long apply = count("APPLIED");
        long merge = count("MERGED");
        long conflict = count("CONFLICT");
        long rejected = count("REJECTED");
        List<String> parts = new java.util.ArrayList<>();
        parts.add(apply + " will apply");
        if (merge > 0) {
            parts.add(merge + " will merge");
        }
        if (conflict > 0) {
            parts.add(conflict + " will conflict");
        }
        if (rejected > 0) {
            parts.add(rejected + " will be rejected");
        }
        summary.set(String.join(", ", parts) + ". Nothing has been sent yet."
                + (conflict + rejected > 0 ? " Conflicts and rejections wait in Conflicts for your decision after sending." : ""));
        canSend.set(true);
    }

    private long count(String status) {
        return rows.stream().filter(r -> r.status().equals(status)).count();
    }

    /** Drops one pending edit (undone locally); the others stay in the preview. */
    public void drop(PreviewRow row) {
        if (row == null) {
            return;
        }
        PendingDrop.drop(sync, tasks, row.id(), () -> {
            rows.remove(row);
            summarise();
            onLocalChange.run();
        }, error -> summary.set(SyncMessages.failure(error)));
    }

    /** Sends every pending edit (a sync); the preview is done with. */
    public void sendAll() {
        if (canSend.get()) {
            runner.syncNow();
        }
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }
}
