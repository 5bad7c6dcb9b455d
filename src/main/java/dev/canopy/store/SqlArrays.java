package dev.canopy.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * A list of ids as one SQL array parameter, the same way on H2 and PostgreSQL. Where the array may be long, join it as
 * a table ({@code from unnest(?) as wanted(k) join … on … = wanted.k}) rather than {@code column = any(?)}: H2 finds
 * the rows of "= any" through an index but then checks each against every element again (10k ids over 40k rows is a
 * second; joined, 20–45 ms).
 */
final class SqlArrays {

    private SqlArrays() {
    }

    /** Elements per array parameter that a caller with more splits into {@link #chunks}: H2 refuses arrays over 65,536. */
    static final int MAX_ELEMENTS = 10_000;

    static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray(new UUID[0]));
    }

    /** The distinct values in order, in lists of at most {@link #MAX_ELEMENTS} (an import or a reassign may bring 100k). */
    static <T> java.util.List<java.util.List<T>> chunks(Collection<T> values) {
        java.util.List<T> all = java.util.List.copyOf(new java.util.LinkedHashSet<>(values));
        java.util.List<java.util.List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_ELEMENTS) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_ELEMENTS)));
        }
        return chunks;
    }
}
