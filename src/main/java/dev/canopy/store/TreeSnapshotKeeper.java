package dev.canopy.store;

import dev.canopy.domain.tenant.TenantHierarchy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps the folder's {@link TreeSnapshot} up to date: after a committed write that may have changed the tree, one write
 * of the snapshot at most {@link #DELAY_MS} later on a thread of its own (a burst of edits or pulled pages makes one
 * write, not one each), and one on close for what is still pending, before the database closes. The file is only
 * rewritten when its bytes would change. Disabled for an encrypted database, which keeps no snapshot at all.
 */
final class TreeSnapshotKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(TreeSnapshotKeeper.class);
    static final long DELAY_MS = 1000;

    private final Path folder;
    private final Supplier<TenantHierarchy> tree;
    private final boolean enabled;
    private ScheduledExecutorService timer;  // guarded by this, made at the first change
    private ScheduledFuture<?> pending;      // guarded by this
    private boolean closed;                  // guarded by this
    /** The bytes last written or found in the file; only the writing thread (then close, after it ended) uses them. */
    private volatile byte[] written;

    TreeSnapshotKeeper(Path folder, Supplier<TenantHierarchy> tree, boolean enabled) {
        this.folder = folder;
        this.tree = tree;
        this.enabled = enabled;
    }

    /** After a committed write that may have changed the tree (or when the snapshot on disk may not match it). */
    void changed() {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (closed || pending != null) {
                return;
            }
            if (timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "canopy-tree-snapshot");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            pending = timer.schedule(this::writeScheduled, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Before the database closes: a pending write is made now, a running one is waited for. */
    void close() {
        ScheduledFuture<?> left;
        ScheduledExecutorService running;
        synchronized (this) {
            closed = true;
            left = pending;
            pending = null;
            running = timer;
        }
        boolean due = left != null && left.cancel(false);
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (due) {
            write();
        }
    }

    private void writeScheduled() {
        synchronized (this) {
            pending = null;  // first: a change committed from here on schedules the next write
        }
        write();
    }

    private void write() {
        try {
            byte[] bytes = TreeSnapshot.encode(tree.get());
            if (written == null) {
                written = TreeSnapshot.bytesIn(folder);
            }
            if (!Arrays.equals(bytes, written)) {
                TreeSnapshot.write(folder, bytes);
                written = bytes;
            }
        } catch (IOException | RuntimeException e) {
            // costs only the next start's early tree; the start checks any snapshot against the database anyway
            LOG.warn("The tree's snapshot for a fast start was not written in {}: {}", folder, e.getMessage());
        }
    }
}
