package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncAgent.Resolution;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;

/**
 * The conflicts view's state: every edit the server did not take as it was, until the technician resolves it (keep
 * mine, take theirs, or edit the value). Resolving is an edit (edit lane); the list and the window's data reload after.
 */
public final class ConflictsViewModel {

    private final SyncAccess sync;
    private final TaskExecutor tasks;
    private final Runnable onLocalChange;
    private final SyncStatusText words;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ConflictsViewModel(SyncAccess sync, TaskExecutor tasks, Runnable onLocalChange, Clock clock) {
        this.sync = sync;
        this.tasks = tasks;
        this.onLocalChange = onLocalChange;
        this.words = new SyncStatusText(clock);
        rows.addListener((javafx.collections.ListChangeListener<ConflictRow>) c -> summarise());
        summarise();
    }

    public void load() {
        SyncAgent agent = sync.agent();
        if (agent == null) {
            rows.clear();
            return;
        }
        tasks.load(this, () -> agent.conflicts().stream().map(c -> ConflictRow.of(c, words)).toList(), rows::setAll,
                error -> message.set(SyncMessages.failure(error)));
    }

    public void keepMine(ConflictRow row) {
        resolve(row, Resolution.KEEP_MINE, null, "Kept your " + what(row) + "; it is sent at the next sync.");
    }

    public void takeTheirs(ConflictRow row) {
        resolve(row, Resolution.TAKE_THEIRS, null, "Took the server's " + what(row) + ".");
    }

    /** Resolves with a value typed by the technician; the value is checked by the same rule as any edit of the field. */
    public void editValue(ConflictRow row, String value) {
        if (value == null) {
            return;  // the technician cancelled
        }
        resolve(row, Resolution.EDIT, value, "Set " + what(row) + " to \"" + value + "\"; it is sent at the next sync.");
    }

    private String what(ConflictRow row) {
        String field = row.field().isEmpty() ? "edit" : row.field();
        return row.record().isEmpty() ? field : field + (row.field().isEmpty() ? " of " : " for ") + row.record();
    }

    private void resolve(ConflictRow row, Resolution resolution, String value, String done) {
        SyncAgent agent = sync.agent();
        if (agent == null || row == null) {
            return;
        }
        message.set("");
        tasks.edit(() -> {
            agent.resolve(row.id(), resolution, value);
            return Boolean.TRUE;
        }, ok -> {
            message.set(done);
            load();
            onLocalChange.run();
        }, error -> message.set(SyncMessages.failure(error)));
    }

    private void summarise() {
        summary.set(rows.isEmpty() ? "No conflicts: every edit was taken as it was."
                : Plural.count(rows.size(), "conflict") + " waiting for your decision. Nothing is dropped until you choose.");
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last resolution did, or why it could not be done. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void dispose() {
        tasks.dropLoad(this);
    }
}
