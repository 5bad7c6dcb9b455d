package dev.canopy.ui.backup;

import dev.canopy.store.BackupInfo;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;

/** File → Back up…: a manual backup of the open store now, as long work; the status bar says where it went. */
public final class BackupNowViewModel {

    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Notices notices;

    public BackupNowViewModel(StoreAccess store, TaskExecutor tasks, Notices notices) {
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
    }

    public void backUpNow() {
        LocalStore current = store.current();
        if (current == null) {
            return;
        }
        tasks.start(BackgroundTask.of("Backing up the data folder", progress -> {
            progress.update(-1, "Copying the database…");
            return StoreBackups.backUp(current, BackupInfo.Kind.MANUAL);
        }), made -> notices.setNotice("Backed up " + Plural.count(made.tenants(), "tenant") + " and " + Plural.count(made.computers(), "computer")
                + " to " + made.file() + "."),
                error -> notices.setNotice("Could not back up: " + ErrorDialogs.messageFor(error)),
                () -> notices.setNotice("Backup cancelled."));
    }
}
