package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The sync access of the sync views' tests: a given agent (or none), and an FX thread that is either the calling
 * thread or a queue the test runs when it wants, to show that nothing is shown before it reached the FX thread.
 */
final class FixedSync implements SyncAccess {

    final ReadOnlyObjectWrapper<SyncAgent> agent = new ReadOnlyObjectWrapper<>();
    final Queue<Runnable> fxQueue = new ArrayDeque<>();
    boolean queued;

    FixedSync(SyncAgent agent) {
        this.agent.set(agent);
    }

    @Override
    public ReadOnlyObjectProperty<SyncAgent> agentProperty() {
        return agent.getReadOnlyProperty();
    }

    @Override
    public void onFxThread(Runnable work) {
        if (queued) {
            fxQueue.add(work);
        } else {
            work.run();
        }
    }

    void runFxQueue() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }
}
