package dev.canopy.ui.main;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backup made at start once a day (the newest {@value StoreBackups#KEEP_DAILY} daily ones kept), as long work. */
final class DailyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    private DailyBackup() {
    }

    /** After the edit path is warm: a backup when the newest is older than a day. */
    static void startIfDue(LocalStore store, TenantHierarchy tree, TaskExecutor tasks, Notices notices) {
        if (tree.size() == 0) {
            return;  // an empty folder (the welcome view) holds nothing to keep, and its first edit should not wait behind a copy
        }
        tasks.start(BackgroundTask.of("Daily backup", progress -> StoreBackups.dailyIfDue(store)),
                made -> made.ifPresent(b -> LOG.info("daily backup {}", b.file())),
                error -> notices.setNotice("The daily backup failed: " + ErrorDialogs.messageFor(error)), () -> { });
    }
}
