package dev.canopy.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live computers counted per tenant, kept between tree reads: counting 100k computers costs
 * tens of milliseconds, and most edits (a tenant renamed or moved) change no count. Every write that
 * adds, moves or removes computers calls {@link #invalidate()} after it commits. A count read while
 * such a write commits is not kept, because the generation it was read under is no longer current.
 */
final class ComputerCountCache {

    private record Counts(long generation, Map<UUID, Integer> perTenant) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Counts counts;

    Map<UUID, Integer> perTenant(Connection connection) throws SQLException {
        long current = generation.get();
        Counts cached = counts;
        if (cached != null && cached.generation() == current) {
            return cached.perTenant();
        }
        Map<UUID, Integer> read = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select tenant_id, count(*) from computer where deleted = false group by tenant_id")) {
            while (rows.next()) {
                read.put(rows.getObject(1, UUID.class), rows.getInt(2));
            }
        }
        Map<UUID, Integer> frozen = Map.copyOf(read);
        if (generation.get() == current) {
            counts = new Counts(current, frozen);
        }
        return frozen;
    }

    /** After a committed write that changed which tenant owns which computers. */
    void invalidate() {
        generation.incrementAndGet();
        counts = null;
    }
}
