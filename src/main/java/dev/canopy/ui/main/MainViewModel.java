package dev.canopy.ui.main;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.UndoHistory;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.common.StartupTrace;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The main window's state: the store being opened, the tenant hierarchy it shows, the selected
 * tenant, and the commands the technician runs (with undo and redo). All store work goes through
 * the task runner; every property changes on the FX thread only.
 */
public final class MainViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainViewModel.class);

    /** What the window shows. */
    public enum State { OPENING, FAILED, WELCOME, READY }

    private final Path folder;
    private final TaskRunner runner;
    private final Function<Path, OpenedStore> opener;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPENING);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TenantHierarchy> hierarchy = new ReadOnlyObjectWrapper<>(TenantHierarchy.empty());
    private final ObjectProperty<UUID> selectedTenant = new SimpleObjectProperty<>();
    private final UndoState undo = new UndoState();
    private volatile LocalStore store;

    public MainViewModel(Path folder, TaskRunner runner, Function<Path, OpenedStore> opener) {
        this.folder = folder;
        this.runner = runner;
        this.opener = opener;
    }

    /** Opens the store in the background; the window shows "Opening…" meanwhile. */
    public void open() {
        state.set(State.OPENING);
        runner.run(() -> {
            LOG.debug("opening store, {} ms after JVM start",
                    StartupTrace.sinceJvmStart());
            OpenedStore opened = opener.apply(folder);
            store = opened.store();
            return opened.hierarchy();
        }, this::showHierarchy, this::failed);
        // the tree shows before the ORM has booted; edits queue behind this check
        runner.run(() -> {
            if (store != null) {
                store.awaitReady();
            }
            return Boolean.TRUE;
        }, ready -> { }, this::failed);
    }

    private void failed(Throwable error) {
        failure.set(ErrorDialogs.messageFor(error));
        state.set(State.FAILED);
    }

    private void showHierarchy(TenantHierarchy loaded) {
        LOG.debug("tree loaded ({} tenants), {} ms after JVM start", loaded.size(),
                StartupTrace.sinceJvmStart());
        hierarchy.set(loaded);
        StartupTrace.mark("tree-filled");
        state.set(loaded.root().isPresent() ? State.READY : State.WELCOME);
        if (selectedTenant.get() == null || loaded.node(selectedTenant.get()).isEmpty()) {
            selectedTenant.set(loaded.root().map(r -> r.id()).orElse(null));
        }
    }

    /** Runs a user action; on success it becomes the next undo step and the tree reloads. */
    public void execute(Command command, Consumer<Command.Applied> onApplied, Consumer<Throwable> onRefused) {
        runner.run(() -> new Applied(store.execute(command), store.loadHierarchy()), result -> {
            undo.history().done(result.applied().label(), result.applied().inverse());
            undo.refresh();
            notice.set("Done: " + result.applied().label());
            showHierarchy(result.hierarchy());
            onApplied.accept(result.applied());
        }, onRefused);
    }

    public void undo(Consumer<Throwable> onRefused) {
        undo.history().nextUndo().ifPresent(step -> runStep(step, "Undid ", true, onRefused));
    }

    public void redo(Consumer<Throwable> onRefused) {
        undo.history().nextRedo().ifPresent(step -> runStep(step, "Redid ", false, onRefused));
    }

    private void runStep(UndoHistory.Step step, String verb, boolean isUndo, Consumer<Throwable> onRefused) {
        runner.run(() -> new Applied(store.execute(step.command()), store.loadHierarchy()), result -> {
            if (isUndo) {
                undo.history().undone(result.applied().inverse());
            } else {
                undo.history().redone(result.applied().inverse());
            }
            undo.refresh();
            notice.set(verb + step.label());
            showHierarchy(result.hierarchy());
            selectedTenant.set(result.hierarchy().node(step.command().targetId()).map(n -> n.id()).orElse(selectedTenant.get()));
        }, error -> {
            // the world changed under the step (e.g. a name is now taken): drop it rather than retry forever
            if (isUndo) {
                undo.history().dropNextUndo();
            } else {
                undo.history().dropNextRedo();
            }
            undo.refresh();
            onRefused.accept(error);
        });
    }

    /** First run: creates the MSP root. */
    public void createMsp(String name, Consumer<Throwable> onRefused) {
        execute(new CreateTenant(UUID.randomUUID(), null, name), applied -> { }, onRefused);
    }

    /** First run: fills the empty store with a small sample MSP. */
    public void loadSample(AtomicBoolean cancel, Runnable onDone, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            try (SampleWriter writer = store.sampleWriter()) {
                writer.cancelWhen(cancel::get);
                new SampleGenerator(42, Instant.now(), "sample").generate("Northwind IT Services", 200, 2000, writer);
                if (!cancel.get()) {
                    writer.commit();
                }
            }
            return store.loadHierarchy();
        }, loaded -> {
            showHierarchy(loaded);
            onDone.run();
        }, onFailure);
    }

    /** Reloads the tenant tree from the store. */
    public void reload() {
        runner.run(store::loadHierarchy, this::showHierarchy, error -> notice.set(ErrorDialogs.messageFor(error)));
    }

    public void setNotice(String text) {
        notice.set(text);
    }

    public LocalStore store() {
        return store;
    }

    public TaskRunner runner() {
        return runner;
    }

    public Path folder() {
        return folder;
    }

    public UndoState undoState() {
        return undo;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TenantHierarchy> hierarchyProperty() {
        return hierarchy.getReadOnlyProperty();
    }

    public ObjectProperty<UUID> selectedTenantProperty() {
        return selectedTenant;
    }

    /** Closes the store (on the store thread, after any queued work). */
    public void close(Runnable then) {
        runner.run(() -> {
            if (store != null) {
                store.close();
            }
            return Boolean.TRUE;
        }, done -> then.run(), error -> then.run());
    }

    private record Applied(Command.Applied applied, TenantHierarchy hierarchy) {
    }
}
