package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncProgress;
import dev.canopy.ui.common.TaskProgress;

/** A long task's progress as sync reports to it: the status bar's bar and line, and the task's cancel button. */
record TaskSyncProgress(TaskProgress task) implements SyncProgress {

    @Override
    public void update(double fraction, String line) {
        task.update(fraction, line);
    }

    @Override
    public boolean isCancelled() {
        return task.isCancelled();
    }
}
