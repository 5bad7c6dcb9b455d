package dev.canopy.ui.main;

import dev.canopy.store.BackupRestore;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreException;
import dev.canopy.store.StoreKey;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.sync.SyncLink;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The two ways the main window's database is swapped while the app runs: a restore from a backup, and a change of
 * encryption. Each runs on the edit lane, so no edit runs meanwhile: sync and the store close, the file is replaced or
 * converted, and the store opens again (the one that was there when the new one cannot be opened).
 */
final class StoreSwaps {

    private final MainViewModel model;
    private final TaskExecutor tasks;
    private final SyncLink sync;

    StoreSwaps(MainViewModel model) {
        this.model = model;
        this.tasks = model.tasks();
        this.sync = model.sync();
    }

    /**
     * Replaces the local database with a backup's copy on the edit lane, after any queued edit: checks the file, closes
     * sync and the store, swaps the file and opens it (see {@link BackupRestore}); the window shows "Opening…"
     * meanwhile. Refused while long work runs on the store. When the copy cannot be opened the database that was there
     * is reopened. Undo steps refer to the replaced state, so the history is cleared.
     */
    void restore(Path backup, Runnable onRestored, Consumer<Throwable> onFailure) {
        if (!tasks.runningTasks().isEmpty()) {
            onFailure.accept(new StoreException("Wait for \"" + tasks.runningTasks().get(0).title()
                    + "\" to finish (or cancel it) before restoring; nothing was changed."));
            return;
        }
        MainViewModel.State before = model.stateProperty().get();
        model.setState(MainViewModel.State.OPENING);
        tasks.edit(() -> {
            LocalStore store = model.current();
            BackupRestore prepared = BackupRestore.prepare(store, backup);
            sync.close();
            store.close();
            model.replaceStore(null);
            RuntimeException refused = null;
            try {
                store = prepared.replace(path -> model.opener().apply(path).store());
            } catch (RuntimeException e) {
                refused = e;
                store = model.opener().apply(model.folder()).store();
            }
            model.replaceStore(store);
            return new Swapped(new MainViewModel.Opened(store.loadHierarchy(), sync.open(store)), refused);
        }, restored -> {
            model.undoState().clear();
            model.showOpened(restored.opened());
            if (restored.failure() == null) {
                onRestored.run();
            } else {
                onFailure.accept(restored.failure());
            }
        }, error -> {
            if (model.current() != null) {
                model.setState(before);  // refused before anything was closed
                onFailure.accept(error);
            } else {
                model.failed(error);
            }
        });
    }

    /**
     * Sets, changes or removes the database's passphrase (see {@link StoreEncryption}) on the edit lane: sync and the
     * store close, the file is converted, and the store opens again with the new key, or with the key it was open with
     * when the conversion failed (the failure still goes to {@code onFailure}). Progress lines come off the FX thread.
     * The keys are wiped once used.
     */
    void changeEncryption(StoreKey current, StoreKey next, Consumer<String> progress, Runnable onDone, Consumer<Throwable> onFailure) {
        if (model.current() == null) {
            current.wipe();
            next.wipe();
            onFailure.accept(new IllegalStateException("The database is not open yet; nothing was changed."));
            return;
        }
        Path folder = model.folder();
        model.setEditsReady(false);
        tasks.edit(() -> {
            sync.close();
            StoreKey held = model.current().closeKeepingKey();
            model.replaceStore(null);
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
            model.replaceStore(opened.store());
            return new Swapped(new MainViewModel.Opened(opened.hierarchy(), sync.open(opened.store())), failed);
        }, done -> {
            model.showOpened(done.opened());
            model.setEditsReady(true);
            if (done.failure() == null) {
                onDone.run();
            } else {
                onFailure.accept(done.failure());
            }
        }, error -> {
            model.failed(error);
            onFailure.accept(error);
        });
    }

    /** The store opened again, and why the swap asked for did not happen (null: it did). */
    private record Swapped(MainViewModel.Opened opened, RuntimeException failure) {
    }
}
