package dev.canopy.ui.common;

import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's executor: edits on one thread of their own (so they keep their order and never queue
 * behind a read or long work), view reads on two threads, long work on two more; results come
 * back through {@link Platform#runLater}. The store serialises writers itself (see LocalStore),
 * so an edit and a long task's write never interleave inside a transaction.
 */
public final class FxTaskExecutor extends LaneTaskExecutor implements AutoCloseable {

    private final List<ExecutorService> lanes;

    public FxTaskExecutor() {
        this(Executors.newSingleThreadExecutor(daemons("canopy-edits")),
                Executors.newFixedThreadPool(2, daemons("canopy-loads")),
                Executors.newFixedThreadPool(2, daemons("canopy-long-work")));
    }

    private FxTaskExecutor(ExecutorService edits, ExecutorService loads, ExecutorService longWork) {
        super(edits, loads, longWork, Platform::runLater);
        this.lanes = List.of(edits, loads, longWork);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops taking work and waits briefly for what is running (an edit in its transaction) to finish. */
    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdown);
        try {
            for (ExecutorService lane : lanes) {
                lane.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
