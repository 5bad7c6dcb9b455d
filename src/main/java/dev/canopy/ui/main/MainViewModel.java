package dev.canopy.ui.main;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.store.PassphraseNeeded;
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
    private final StoreSwaps swaps;
    private final EditRunner edits;
    /** Whether a daily backup is made after the store opened (the app turns it on; tests leave their folders alone). */
    private boolean dailyBackups;
    static final String PREVIEWING = "Opening the database… The tree is as Canopy last saved it; editing starts when it is open.";
    static final String PREVIEW_CORRECTED = "The tree was brought up to date with changes made since Canopy last saved it.";
    private Supplier<Optional<TenantHierarchy>> preview = Optional::empty;
    /** The snapshot's tree while it is shown (PREVIEW), else null. */
    private TenantHierarchy previewed;
    /** Whether the store's tree, when it came, differed from the snapshot's shown before it (for the bench's check). */
    private boolean previewCorrected;

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
        this.swaps = new StoreSwaps(this);
        this.edits = new EditRunner(this);
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
            if (dailyBackups && store != null) {
                DailyBackup.startIfDue(store, hierarchy.get(), tasks, this);
            }
        }, this::failed);
    }

    /** Makes daily backups at start (see {@link DailyBackup}); call before {@link #open}. */
    public void makeDailyBackups(boolean on) {
        dailyBackups = on;
    }

    void failed(Throwable error) {
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

    void showHierarchy(TenantHierarchy loaded) {
        LOG.debug("tree loaded ({} tenants), {} ms after JVM start", loaded.size(),
                StartupTrace.sinceJvmStart());
        TenantHierarchy shownBefore = previewed;
        if (shownBefore != null) {
            endPreview();
            if (!shownBefore.sameTenants(loaded)) {
                previewCorrected = true;
                notice.set(PREVIEW_CORRECTED);
            }
        }
        hierarchy.set(loaded);
        StartupTrace.mark("tree-filled");
        state.set(loaded.root().isPresent() ? State.READY : State.WELCOME);
        keepOrSelectRoot(loaded);
    }

    /** Whether the tree shown while the store opened (the snapshot's) differed from the store's and was replaced. */
    public boolean previewWasCorrected() {
        return previewCorrected;
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

    /** Runs a user action; on success it becomes the next undo step and the tree reloads (see {@link EditRunner}). */
    @Override
    public void execute(Command command, Consumer<Command.Applied> onApplied, Consumer<Throwable> onRefused) {
        edits.execute(command, onApplied, onRefused);
    }

    public void undo(Consumer<Throwable> onRefused) {
        edits.undo(onRefused);
    }

    public void redo(Consumer<Throwable> onRefused) {
        edits.redo(onRefused);
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

    /**
     * Replaces the local database with a backup's copy (see {@link StoreSwaps#restore}); the window shows "Opening…"
     * meanwhile and the undo history is cleared.
     */
    @Override
    public void restore(Path backup, Runnable onRestored, Consumer<Throwable> onFailure) {
        swaps.restore(backup, onRestored, onFailure);
    }

    /** Sets, changes or removes the database's passphrase (see {@link StoreSwaps#changeEncryption}); the keys are wiped once used. */
    public void changeEncryption(StoreKey current, StoreKey next, Consumer<String> progress, Runnable onDone, Consumer<Throwable> onFailure) {
        swaps.changeEncryption(current, next, progress, onDone, onFailure);
    }

    /** Between closing the store and opening its replacement (a restore, a change of encryption). */
    void replaceStore(LocalStore replacement) {
        store = replacement;
    }

    /** The store reopened: sync attached to it and its tree shown. */
    void showOpened(Opened opened) {
        sync.attach(opened.agent(), this::reload);
        showHierarchy(opened.hierarchy());
    }

    void setState(State next) {
        state.set(next);
    }

    void setEditsReady(boolean ready) {
        editsReady.set(ready);
    }

    Function<Path, OpenedStore> opener() {
        return opener;
    }

    /** Whether the open store's database is encrypted (false while none is open). */
    public boolean encrypted() {
        LocalStore open = store;
        return open != null && open.encrypted();
    }

    record Opened(TenantHierarchy hierarchy, SyncAgent agent) {
    }

}
