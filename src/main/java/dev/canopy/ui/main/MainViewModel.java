package dev.canopy.ui.main;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.UndoHistory;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.store.PassphraseNeeded;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreKey;
import dev.canopy.store.WrongPassphrase;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StartupTrace;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import dev.canopy.ui.sync.SyncLink;
import dev.canopy.ui.welcome.FirstRun;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.ui.common.RunningTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The main window's state: the store being opened, the tenant hierarchy it shows, the selected
 * tenant, and the commands the technician runs (with undo and redo). Opening, warming the edit path and
 * every edit go through the task executor's edit lane, in order; tree reloads go through its load
 * lane. Every property changes on the FX thread only.
 */
public final class MainViewModel implements TenantContext, Commands, Notices, StoreAccess, FirstRun, dev.canopy.ui.backup.BackupRestorer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainViewModel.class);

    /**
     * What the window shows. PREVIEW: the tree from the last run's snapshot while the database opens, to look at and
     * search, with every edit off; it always ends in another state, the real tree replacing the snapshot's.
     */
    public enum State { OPENING, PREVIEW, LOCKED, FAILED, WELCOME, READY }

    private final Path folder;
    private final TaskExecutor tasks;
    private final Function<Path, OpenedStore> opener;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPENING);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TenantHierarchy> hierarchy = new ReadOnlyObjectWrapper<>(TenantHierarchy.empty());
    private final ObjectProperty<UUID> selectedTenant = new SimpleObjectProperty<>();
    private final UndoState undo = new UndoState();
    private volatile LocalStore store;
    private final SyncLink sync;

    private final ReadOnlyBooleanWrapper editsReady = new ReadOnlyBooleanWrapper(false);
    private final EditorServices services;
    /** Whether a daily backup is made after the store opened (the app turns it on; tests leave their folders alone). */
    private boolean dailyBackups;
    private static final String WAITING_FOR_DATABASE = "Saving as soon as the database is ready (it is still starting)…";
    static final String PREVIEWING = "Opening the database… The tree is as Canopy last saved it; editing starts when it is open.";
    static final String PREVIEW_CORRECTED = "The tree was brought up to date with changes made since Canopy last saved it.";
    private Supplier<Optional<TenantHierarchy>> preview = Optional::empty;
    /** The snapshot's tree while it is shown (PREVIEW), else null. */
    private TenantHierarchy previewed;

    public MainViewModel(Path folder, TaskExecutor tasks, Function<Path, OpenedStore> opener) {
        this(folder, tasks, opener, SyncLink.none());
    }

    /** With sync: the link's factory makes the agent right after the store opened; without one the window is Local only. */
    public MainViewModel(Path folder, TaskExecutor tasks, Function<Path, OpenedStore> opener, SyncLink sync) {
        this.folder = folder;
        this.tasks = tasks;
        this.opener = opener;
        this.sync = sync;
        this.services = new EditorServices(this, this, tasks, this, this);
    }

    /**
     * Opens the store in the background; the window shows "Opening…" meanwhile. Right after the
     * tree is shown, the edit path is exercised once (rolled back), still on the edit lane, so the
     * technician's first edit finds its code loaded; one made before then waits for it (a fraction of a second).
     */
    public void open() {
        state.set(State.OPENING);
        if (previewInMemory) {
            showPreview(preview.get());  // read already: the window's first layout holds the tree
        } else {
            // on the load lane, beside the opening on the edit lane: shown only if it arrives while the store still opens
            tasks.load(PREVIEW, preview::get, this::showPreview, error -> LOG.debug("no early tree: {}", error.getMessage()));
        }
        openWith(() -> opener.apply(folder));
    }

    /** Where {@link #open} takes the tree it shows before the store is open (the last run's snapshot); call before it. */
    public void previewFrom(Supplier<Optional<TenantHierarchy>> snapshot) {
        preview = snapshot;
        previewInMemory = false;
    }

    /** The same with the snapshot's tree read already (by the launcher's thread), shown by {@link #open} at once. */
    public void previewOf(Optional<TenantHierarchy> alreadyRead) {
        preview = () -> alreadyRead;
        previewInMemory = true;
    }

    private boolean previewInMemory;

    private void showPreview(Optional<TenantHierarchy> snapshot) {
        if (state.get() != State.OPENING || snapshot.isEmpty() || snapshot.get().root().isEmpty()) {
            return;
        }
        previewed = snapshot.get();
        hierarchy.set(previewed);
        keepOrSelectRoot(previewed);
        notice.set(PREVIEWING);
        state.set(State.PREVIEW);
        StartupTrace.mark("tree-from-snapshot");
    }

    private static final Object PREVIEW = new Object();

    /**
     * In the LOCKED state: opens the encrypted store with the passphrase typed (its characters are wiped). A wrong
     * one comes back to LOCKED with the failure saying so.
     */
    public void unlock(char[] passphrase) {
        StoreKey key;
        try {
            key = StoreKey.of(passphrase);
        } catch (IllegalArgumentException empty) {
            failure.set(empty.getMessage());
            return;
        }
        state.set(State.OPENING);
        openWith(() -> OpenedStore.open(folder, key));
    }

    private void openWith(java.util.concurrent.Callable<OpenedStore> opening) {
        tasks.edit(() -> {
            LOG.debug("opening store, {} ms after JVM start", StartupTrace.sinceJvmStart());
            OpenedStore opened = opening.call();
            store = opened.store();
            return new Opened(opened.hierarchy(), sync.open(opened.store()));
        }, opened -> {
            // the agent first, so a welcome view shown next already knows whether it can offer to connect
            sync.attach(opened.agent(), this::reload);
            showHierarchy(opened.hierarchy());
        }, this::failed);
        tasks.edit(() -> {
            if (store != null) {
                store.warmUp();
            }
            return Boolean.TRUE;
        }, ready -> {
            StartupTrace.mark("edits-ready");
            editsReady.set(store != null);
            backUpDailyIfDue();
        }, this::failed);
    }

    /** Makes daily backups at start (see {@link #backUpDailyIfDue}); call before {@link #open}. */
    public void makeDailyBackups(boolean on) {
        dailyBackups = on;
    }

    /** As long work, after the edit path is warm: a backup when the newest is older than a day (the newest 7 daily ones kept). */
    private void backUpDailyIfDue() {
        LocalStore opened = store;
        if (!dailyBackups || opened == null || hierarchy.get().size() == 0) {
            return;  // an empty folder (the welcome view) holds nothing to keep, and its first edit should not wait behind a copy
        }
        tasks.start(BackgroundTask.of("Daily backup", progress -> dev.canopy.store.StoreBackups.dailyIfDue(opened)),
                made -> made.ifPresent(b -> LOG.info("daily backup {}", b.file())),
                error -> notice.set("The daily backup failed: " + ErrorDialogs.messageFor(error)), () -> { });
    }

    /**
     * Replaces the local database with a backup's copy on the edit lane, after any queued edit: checks the file, closes
     * sync and the store, swaps the file and opens it (see {@link dev.canopy.store.BackupRestore}); the window shows
     * "Opening…" meanwhile. Refused while long work runs on the store. When the copy cannot be opened the database that
     * was there is reopened. Undo steps refer to the replaced state, so the history is cleared.
     */
    @Override
    public void restore(Path backup, Runnable onRestored, Consumer<Throwable> onFailure) {
        if (!tasks.runningTasks().isEmpty()) {
            onFailure.accept(new dev.canopy.store.StoreException("Wait for \"" + tasks.runningTasks().get(0).title()
                    + "\" to finish (or cancel it) before restoring; nothing was changed."));
            return;
        }
        State before = state.get();
        state.set(State.OPENING);
        tasks.edit(() -> {
            dev.canopy.store.BackupRestore prepared = dev.canopy.store.BackupRestore.prepare(store, backup);
            sync.close();
            store.close();
            store = null;
            RuntimeException refused = null;
            try {
                store = prepared.replace(path -> opener.apply(path).store());
            } catch (RuntimeException e) {
                refused = e;
                store = opener.apply(folder).store();
            }
            return new Restored(new Opened(store.loadHierarchy(), sync.open(store)), refused);
        }, restored -> {
            sync.attach(restored.opened().agent(), this::reload);
            undo.clear();
            showHierarchy(restored.opened().hierarchy());
            if (restored.refused() == null) {
                onRestored.run();
            } else {
                onFailure.accept(restored.refused());
            }
        }, error -> {
            if (store != null) {
                state.set(before);  // refused before anything was closed
                onFailure.accept(error);
            } else {
                failed(error);
            }
        });
    }

    private void failed(Throwable error) {
        if (previewed != null) {
            endPreview();
            hierarchy.set(TenantHierarchy.empty());  // no tree stays behind whatever is shown instead
        }
        if (error instanceof PassphraseNeeded || error instanceof WrongPassphrase) {
            failure.set(error instanceof WrongPassphrase ? error.getMessage() : "");  // the first ask needs no reason
            state.set(State.LOCKED);
            return;
        }
        failure.set(ErrorDialogs.messageFor(error));
        state.set(State.FAILED);
    }

    private void showHierarchy(TenantHierarchy loaded) {
        LOG.debug("tree loaded ({} tenants), {} ms after JVM start", loaded.size(),
                StartupTrace.sinceJvmStart());
        TenantHierarchy shownBefore = previewed;
        if (shownBefore != null) {
            endPreview();
            if (!shownBefore.sameTenants(loaded)) {
                notice.set(PREVIEW_CORRECTED);
            }
        }
        hierarchy.set(loaded);
        StartupTrace.mark("tree-filled");
        state.set(loaded.root().isPresent() ? State.READY : State.WELCOME);
        keepOrSelectRoot(loaded);
    }

    private void endPreview() {
        previewed = null;
        if (PREVIEWING.equals(notice.get())) {
            notice.set("");
        }
    }

    /** The selected tenant stays selected while the tree still holds it; else the top of the tree is selected. */
    private void keepOrSelectRoot(TenantHierarchy tree) {
        if (selectedTenant.get() == null || tree.node(selectedTenant.get()).isEmpty()) {
            selectedTenant.set(tree.root().map(r -> r.id()).orElse(null));
        }
    }

    /** Runs a user action; on success it becomes the next undo step and the tree reloads. */
    @Override
    public void execute(Command command, Consumer<Command.Applied> onApplied, Consumer<Throwable> onRefused) {
        if (state.get() == State.PREVIEW) {
            // the tree shown may not be the database's yet: nothing is made from it
            onRefused.accept(new dev.canopy.store.StoreException("The database is still opening; nothing was changed. Try again in a moment."));
            return;
        }
        if (!editsReady.get()) {
            notice.set(WAITING_FOR_DATABASE);  // the wait is never silent
        }
        tasks.edit(() -> new Applied(store.execute(command), store.loadHierarchy()), result -> {
            undo.history().done(result.applied().label(), result.applied().inverse());
            undo.refresh();
            notice.set("Done: " + result.applied().label());
            showHierarchy(result.hierarchy());
            sendSoon();
            onApplied.accept(result.applied());
        }, error -> {
            if (WAITING_FOR_DATABASE.equals(notice.get())) {
                notice.set("");  // the refusal explains itself; "saving as soon as…" would no longer be true
            }
            onRefused.accept(error);
        });
    }

    public void undo(Consumer<Throwable> onRefused) {
        undo.history().nextUndo().ifPresent(step -> runStep(step, "Undid ", true, onRefused));
    }

    public void redo(Consumer<Throwable> onRefused) {
        undo.history().nextRedo().ifPresent(step -> runStep(step, "Redid ", false, onRefused));
    }

    /** An edit (or undo) was saved: while a server is connected, sync shortly so the team sees it. */
    private void sendSoon() {
        SyncAgent agent = sync.agentProperty().get();
        if (agent != null) {
            agent.syncSoon();
        }
    }

    private void runStep(UndoHistory.Step step, String verb, boolean isUndo, Consumer<Throwable> onRefused) {
        tasks.edit(() -> new Applied(store.execute(step.command()), store.loadHierarchy()), result -> {
            if (isUndo) {
                undo.history().undone(result.applied().inverse());
            } else {
                undo.history().redone(result.applied().inverse());
            }
            undo.refresh();
            notice.set(verb + step.label());
            showHierarchy(result.hierarchy());
            sendSoon();
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
    @Override
    public void createMsp(String name, Consumer<Throwable> onRefused) {
        execute(new CreateTenant(UUID.randomUUID(), null, name), applied -> { }, onRefused);
    }

    /** First run: fills the empty store with a small sample MSP, as long work with progress and cancel. */
    @Override
    public RunningTask loadSample(Runnable onDone, Consumer<Throwable> onFailure) {
        int tenants = 200;
        int computers = 2000;
        return tasks.start(BackgroundTask.of("Loading sample data", progress -> {
            try (SampleWriter writer = store.sampleWriter()) {
                SampleProgress counted = new SampleProgress(writer, tenants + computers, progress);
                new SampleGenerator(42, Instant.now(), "sample").generate("Northwind IT Services", tenants, computers, counted);
                progress.throwIfCancelled();
                progress.update(1, "Saving…");
                writer.commit();
            }
            return store.loadHierarchy();
        }), loaded -> {
            showHierarchy(loaded);
            onDone.run();
        }, onFailure, onDone);
    }

    /**
     * Reloads the tenant tree from the store; each open editor reloads on the new tree. Sync calls this after it
     * changed local records.
     */
    public void reload() {
        if (store == null) {
            return;
        }
        tasks.load(RELOAD, store::loadHierarchy, this::showHierarchy, error -> notice.set(ErrorDialogs.messageFor(error)));
    }

    private static final Object RELOAD = new Object();

    @Override
    public void setNotice(String text) {
        notice.set(text);
    }

    @Override
    public LocalStore current() {
        return store;
    }

    /** The sync agent (none until the store opened, and none at all in a Local only app). */
    public SyncLink sync() {
        return sync;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** The services the editors use (this view model's context, commands and notices, the store and the executor). */
    public EditorServices services() {
        return services;
    }

    /** True once the store is open and the edit path is warm (the bench waits for it). */
    public ReadOnlyBooleanProperty editsReadyProperty() {
        return editsReady.getReadOnlyProperty();
    }

    @Override
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

    @Override
    public ReadOnlyObjectProperty<TenantHierarchy> hierarchyProperty() {
        return hierarchy.getReadOnlyProperty();
    }

    @Override
    public ObjectProperty<UUID> selectedTenantProperty() {
        return selectedTenant;
    }

    /** Cancels long work and closes the store on the edit lane, after any queued edit. */
    public void close(Runnable then) {
        tasks.runningTasks().forEach(RunningTask::cancel);
        tasks.edit(() -> {
            sync.close();  // before the store it works on
            if (store != null) {
                store.close();
            }
            return Boolean.TRUE;
        }, done -> then.run(), error -> then.run());
    }

    /** Whether the open store's database is encrypted (false while none is open). */
    public boolean encrypted() {
        LocalStore open = store;
        return open != null && open.encrypted();
    }

    /**
     * Sets, changes or removes the database's passphrase (see {@link StoreEncryption}) on the edit lane, so no edit
     * runs meanwhile: sync and the store close, the file is converted, and the store opens again with the new key, or
     * with the key it was open with when the conversion failed (the failure still goes to {@code onFailure}). Progress lines
     * come off the FX thread. The keys are wiped once used.
     */
    public void changeEncryption(StoreKey current, StoreKey next, Consumer<String> progress, Runnable onDone, Consumer<Throwable> onFailure) {
        if (store == null) {
            current.wipe();
            next.wipe();
            onFailure.accept(new IllegalStateException("The database is not open yet; nothing was changed."));
            return;
        }
        editsReady.set(false);
        tasks.edit(() -> {
            sync.close();
            StoreKey held = store.closeKeepingKey();
            store = null;
            RuntimeException failed = null;
            try {
                new StoreEncryption().change(folder, current, next, progress);
            } catch (RuntimeException e) {
                failed = e;
            } finally {
                current.wipe();
            }
            progress.accept("Opening the database again…");
            (failed == null ? held : next).wipe();
            OpenedStore opened = OpenedStore.open(folder, failed == null ? next : held);
            store = opened.store();
            return new Reencrypted(new Opened(opened.hierarchy(), sync.open(opened.store())), failed);
        }, done -> {
            sync.attach(done.opened().agent(), this::reload);
            showHierarchy(done.opened().hierarchy());
            editsReady.set(true);
            if (done.failure() == null) {
                onDone.run();
            } else {
                onFailure.accept(done.failure());
            }
        }, error -> {
            failed(error);
            onFailure.accept(error);
        });
    }

    private record Reencrypted(Opened opened, RuntimeException failure) {
    }

    private record Opened(TenantHierarchy hierarchy, SyncAgent agent) {
    }

    private record Restored(Opened opened, RuntimeException refused) {
    }

    private record Applied(Command.Applied applied, TenantHierarchy hierarchy) {
    }
}
