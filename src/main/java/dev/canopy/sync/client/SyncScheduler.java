package dev.canopy.sync.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs sync in the background on its own thread: soon after start, every interval while all is well, every
 * {@link #RETRY} while the server cannot be reached (so a server that comes back is picked up without a restart),
 * and shortly after each edit. Never on the FX thread; a failure only changes the status. Without an interval
 * (the technician turned auto-sync off) it syncs nothing on its own and only keeps the pending count current.
 */
public final class SyncScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    static final Duration RETRY = Duration.ofSeconds(30);
    static final Duration AFTER_EDIT = Duration.ofSeconds(3);

    private final SyncEngine agent;
    private final Duration interval;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "canopy-sync");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> next;

    /** interval: how often to sync while all is well; null for never on its own. */
    public SyncScheduler(SyncEngine engine, Duration interval) {
        this.agent = engine;
        this.interval = interval;
        engine.onSyncSoon(() -> {
            if (thread.isShutdown()) {
                return;
            }
            thread.execute(engine::recount);  // the status bar counts the new edit at once, read off the FX thread
            if (interval != null) {
                schedule(AFTER_EDIT, false);
            }
        });
    }

    public void start() {
        if (interval != null) {
            schedule(Duration.ofSeconds(1), true);
        }
    }

    /** Plans the next run after delay; an earlier planned run stays unless this one is sooner (or replace is asked). */
    private synchronized void schedule(Duration delay, boolean replace) {
        if (thread.isShutdown() || delay == null) {
            return;
        }
        if (next != null && !next.isDone()) {
            if (!replace && next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
                return;
            }
            next.cancel(false);
        }
        next = thread.schedule(this::runOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        if (agent.connection().isEmpty()) {
            schedule(interval, true);
            return;
        }
        Duration after = interval;
        try {
            agent.syncNow(SyncProgress.NONE);
        } catch (SyncFailure failure) {
            after = failure.kind() == SyncFailure.Kind.OFFLINE ? RETRY : interval;
        } catch (RuntimeException unexpected) {
            LOG.error("background sync failed", unexpected);
        }
        schedule(after, true);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
