package dev.canopy.ui.backup;

import dev.canopy.store.BackupInfo;
import dev.canopy.store.BackupWatch;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;

/**
 * File → Back up…: a manual backup of the open store now, as long work: the status bar shows how far the copy is and
 * its Cancel stops it (no file is left), then says where it went. Edits go on meanwhile.
 */
public final class BackupNowViewModel {

    static final String TITLE = "Backing up the data folder";

    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Notices notices;

    public BackupNowViewModel(StoreAccess store, TaskExecutor tasks, Notices notices) {
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
    }

    /** Starts the backup; its task (null while no store is open). */
    public RunningTask backUpNow() {
        LocalStore current = store.current();
        if (current == null) {
            return null;
        }
        return tasks.start(BackgroundTask.of(TITLE, progress -> {
            progress.update(0, "Copying the database…");
            return StoreBackups.backUp(current, BackupInfo.Kind.MANUAL, new BackupWatch() {
                @Override
                public void progress(double fraction, String line) {
                    progress.update(fraction, line);
                }

                @Override
                public boolean cancelled() {
                    return progress.isCancelled();
                }
            });
        }), made -> notices.setNotice("Backed up " + Plural.count(made.tenants(), "tenant") + " and " + Plural.count(made.computers(), "computer")
                + " to " + made.file() + "."),
                error -> notices.setNotice("Could not back up: " + ErrorDialogs.messageFor(error)),
                () -> notices.setNotice("Backup cancelled; no backup file was kept."));
    }
}
