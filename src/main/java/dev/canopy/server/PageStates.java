package dev.canopy.server;

import dev.canopy.store.RecordStates;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The current state of every record a pull page will send, read with one or two queries per entity (preferences by
 * their tenants), not one per record.
 */
final class PageStates {

    private final Map<String, Map<UUID, RecordStates.State>> byEntity;
    private final Map<UUID, Map<String, RecordStates.State>> preferences;

    private PageStates(Map<String, Map<UUID, RecordStates.State>> byEntity, Map<UUID, Map<String, RecordStates.State>> preferences) {
        this.byEntity = byEntity;
        this.preferences = preferences;
    }

    /** The states of the entries the caller reaches now (the others are sent without a record, or not at all). */
    static PageStates read(Connection connection, Collection<ChangeLog.Entry> entries, Predicate<ChangeLog.Entry> sent) throws SQLException {
        Map<String, List<UUID>> wanted = new HashMap<>();
        for (ChangeLog.Entry entry : entries) {
            if (sent.test(entry)) {
                wanted.computeIfAbsent(entry.entity(), k -> new ArrayList<>()).add(entry.recordId());
            }
        }
        lookUpKeysOneByOne(connection);
        List<UUID> preferenceTenants = wanted.remove("preference");
        Map<String, Map<UUID, RecordStates.State>> byEntity = new HashMap<>();
        for (var e : wanted.entrySet()) {
            byEntity.put(e.getKey(), RecordStates.of(connection, e.getKey(), e.getValue()));
        }
        return new PageStates(byEntity, preferenceTenants == null ? Map.of() : RecordStates.preferences(connection, preferenceTenants));
    }

    /**
     * On PostgreSQL, for the rest of this transaction: join a page's keys to a table by looking each up in its
     * index. Left to itself the planner prices thousands of lookups above a merge or hash join, which reads the
     * whole table (a million inventory rows) for every page of 5000 computers.
     */
    private static void lookUpKeysOneByOne(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local enable_mergejoin = off");
                statement.execute("set local enable_hashjoin = off");
            }
        }
    }

    /** The entry's record as it stands now, or null when there is none (never stored, or a computer removed). */
    RecordStates.State of(ChangeLog.Entry entry) {
        if (entry.entity().equals("preference")) {
            return preferences.getOrDefault(entry.recordId(), Map.of()).get(entry.key());
        }
        return byEntity.getOrDefault(entry.entity(), Map.of()).get(entry.recordId());
    }
}
