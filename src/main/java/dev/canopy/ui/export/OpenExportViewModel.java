package dev.canopy.ui.export;

import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.imports.export.ExportContents;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreException;
import dev.canopy.store.StoreRestore;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The prompt the app shows when it was started on a Canopy export (a double-clicked .canopy file): what the file would
 * restore, read in the background with every check {@code canopy import FILE --dry-run} makes, and a restore that runs
 * only when the technician confirms it. As {@code canopy import} does, it restores only into a data folder without
 * tenants: a folder that holds data is never replaced, and the prompt says so.
 */
public final class OpenExportViewModel {

    public enum State { CHECKING, READY, REFUSED, RESTORING, RESTORED }

    private final Path file;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Runnable onRestored;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CHECKING);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contents = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code onRestored}: what shows the restored records (the main window's tree reload). */
    public OpenExportViewModel(Path file, StoreAccess store, TaskExecutor tasks, Runnable onRestored) {
        this.file = Objects.requireNonNull(file);
        this.store = store;
        this.tasks = tasks;
        this.onRestored = onRestored;
    }

    private record Checked(ExportContents contents, String refusal) {
    }

    public Path file() {
        return file;
    }

    /** Reads the whole file and looks whether the data folder is empty; writes nothing. Call once the store is open. */
    public void check() {
        LocalStore current = store.current();
        state.set(State.CHECKING);
        message.set("Reading " + file.getFileName() + "…");
        tasks.start(BackgroundTask.of("Reading the export", progress -> {
            ExportContents read = CanopyExport.check(file);
            try {
                StoreRestore.checkEmpty(current);
                return new Checked(read, null);
            } catch (StoreException holdsData) {
                return new Checked(read, holdsData.getMessage());
            }
        }), checked -> {
            header.set(checked.contents().header());
            String folder = current.folder().toString();
            if (checked.refusal() == null) {
                contents.set("Would restore " + checked.contents().counts().describe() + " into " + folder + ".");
                message.set("Nothing is changed until you choose Restore.");
                state.set(State.READY);
            } else {
                contents.set("It holds " + checked.contents().counts().describe() + ".");
                refuse("Not restored: the data folder " + folder + " already holds data, and an export is restored only into an"
                        + " empty data folder. To restore it, choose an empty data folder in Settings, restart, and open the file again.");
            }
        }, error -> refuse(reason(error)), () -> refuse("Reading the export was cancelled; nothing was changed."));
    }

    /** The confirmed restore: one transaction, so either the whole export lands or nothing does. */
    public void restore() {
        if (state.get() != State.READY) {
            return;
        }
        LocalStore current = store.current();
        state.set(State.RESTORING);
        message.set("Restoring…");
        tasks.start(BackgroundTask.of("Restoring the export", progress -> CanopyExport.restore(file, current)), counts -> {
            message.set("Restored " + counts.describe() + ".");
            state.set(State.RESTORED);
            onRestored.run();
        }, error -> refuse("Nothing was restored. " + reason(error)), () -> refuse("The restore was cancelled; nothing was changed."));
    }

    private String reason(Throwable error) {
        Throwable e = ErrorDialogs.unwrap(error);
        if (e instanceof ImportRefused refused) {
            return file.getFileName() + " cannot be restored: " + refused.getMessage();
        }
        if (e instanceof java.io.UncheckedIOException unreadable) {
            return unreadable.getMessage();
        }
        return ErrorDialogs.messageFor(e);
    }

    private void refuse(String why) {
        message.set(why);
        state.set(State.REFUSED);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding canRestore() {
        return Bindings.createBooleanBinding(() -> state.get() == State.READY, state);
    }

    /** "Canopy export (format version 1) written … by … with Canopy 0.1.0, from …." once read. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** "Would restore 12 tenants, 340 computers (…) … into FOLDER.", or what it holds when it cannot be restored. */
    public ReadOnlyStringProperty contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** Where things stand: reading, what Restore does, why not, or what was restored. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
