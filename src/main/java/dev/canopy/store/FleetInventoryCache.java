package dev.canopy.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fleet's inventory between reads, as {@link ComputerCountCache} keeps the counts: every write that adds,
 * changes, moves or removes computers or their inventory calls {@link #invalidate()} after it commits, and a snapshot
 * read while such a write commits is not kept.
 */
final class FleetInventoryCache {

    private record Held(long generation, FleetInventory inventory) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Held held;

    FleetInventory get(Connection connection) throws SQLException {
        long current = generation.get();
        Held cached = held;
        if (cached != null && cached.generation() == current) {
            return cached.inventory();
        }
        FleetInventory read = ComplianceScan.readAll(connection);
        if (generation.get() == current) {
            held = new Held(current, read);
        }
        return read;
    }

    /** After a committed write that touched computers or their inventory. */
    void invalidate() {
        generation.incrementAndGet();
        held = null;
    }
}
