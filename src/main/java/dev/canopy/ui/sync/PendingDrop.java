package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import dev.canopy.ui.common.TaskExecutor;

import java.util.function.Consumer;

/** Drops one pending edit on the edit lane (it leaves the outbox and is undone locally): the panel and the preview. */
final class PendingDrop {

    private PendingDrop() {
    }

    static void drop(SyncAccess sync, TaskExecutor tasks, long id, Runnable done, Consumer<Throwable> failed) {
        SyncAgent agent = sync.agent();
        if (agent == null) {
            return;
        }
        tasks.edit(() -> {
            agent.dropPending(id);
            return Boolean.TRUE;
        }, ok -> done.run(), failed);
    }
}
