package dev.canopy.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the whole fleet's inventory for {@link FleetInventory} in two plain table scans (computers, then every
 * inventory line) with H2's lazy execution, so rows stream instead of being buffered (or spilled to disk) first.
 * Per-tenant queries read the same rows more slowly at 100k computers: each inventory chunk is a join H2 plans badly.
 */
final class ComplianceScan {

    private ComplianceScan() {
    }

    @SuppressWarnings("unchecked")
    static FleetInventory readAll(Connection connection) throws SQLException {
        lazy(connection, true);
        try {
            Map<String, Integer> dictionary = new HashMap<>();
            Map<String, List<String>> tagLists = new HashMap<>();  // computers tagged alike share one list
            Map<UUID, UUID> tenantIds = new HashMap<>();  // and one id object per tenant: lookups by it stay in cache
            List<String> texts = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            Map<UUID, Integer> index = new HashMap<>();
            try (Statement st = connection.createStatement();
                 ResultSet r = st.executeQuery("select id, name, tenant_id, tags, last_seen from computer where deleted = false")) {
                while (r.next()) {
                    String tagText = r.getString(4);
                    List<String> tags = tagText.isEmpty() ? List.of() : tagLists.computeIfAbsent(tagText,
                            text -> Arrays.stream(text.split(",")).map(t -> texts.get(id(dictionary, texts, t))).toList());
                    java.time.OffsetDateTime seen = r.getObject(5, java.time.OffsetDateTime.class);
                    UUID tenant = r.getObject(3, UUID.class);
                    Row row = new Row(r.getObject(1, UUID.class), r.getString(2), tenantIds.computeIfAbsent(tenant, t -> t), tags,
                            seen == null ? null : seen.toInstant());
                    index.put(row.id, rows.size());
                    rows.add(row);
                }
            }
            IntList otherName = new IntList();
            IntList otherVersion = new IntList();
            try (Statement st = connection.createStatement();
                 ResultSet r = st.executeQuery("select computer_id, name, version from computer_software")) {
                while (r.next()) {
                    int name = id(dictionary, texts, r.getString(2));
                    int version = id(dictionary, texts, r.getString(3));
                    Integer at = index.get(r.getObject(1, UUID.class));
                    if (at == null) {
                        otherName.add(name);
                        otherVersion.add(version);
                    } else {
                        rows.get(at).lines.add(name);
                        rows.get(at).lines.add(version);
                    }
                }
            }
            rows.sort(Comparator.comparing((Row row) -> row.name));  // as the computers table lists them
            int n = rows.size();
            UUID[] ids = new UUID[n];
            String[] names = new String[n];
            UUID[] tenants = new UUID[n];
            List<String>[] tags = new List[n];
            Instant[] lastSeen = new Instant[n];
            int[] start = new int[n + 1];
            IntList lineName = new IntList();
            IntList lineVersion = new IntList();
            for (int i = 0; i < n; i++) {
                Row row = rows.get(i);
                ids[i] = row.id;
                names[i] = row.name;
                tenants[i] = row.tenantId;
                tags[i] = row.tags;
                lastSeen[i] = row.lastSeen;
                start[i] = lineName.size();
                for (int j = 0; j < row.lines.size(); j += 2) {
                    lineName.add(row.lines.get(j));
                    lineVersion.add(row.lines.get(j + 1));
                }
            }
            start[n] = lineName.size();
            return new FleetInventory(ids, names, tenants, tags, lastSeen, texts.toArray(String[]::new), start, lineName.toArray(),
                    lineVersion.toArray(), otherName.toArray(), otherVersion.toArray());
        } finally {
            lazy(connection, false);  // the connection goes back to the pool as it came (nothing else sets it)
        }
    }

    /** The text's place in the dictionary; the same name, version or tag is stored once, not per row. */
    private static int id(Map<String, Integer> dictionary, List<String> texts, String text) {
        String value = text == null ? "" : text;
        Integer known = dictionary.get(value);
        if (known != null) {
            return known;
        }
        dictionary.put(value, texts.size());
        texts.add(value);
        return texts.size() - 1;
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set lazy_query_execution " + on);
        }
    }

    private static final class Row {
        final UUID id;
        final String name;
        final UUID tenantId;
        final List<String> tags;
        final Instant lastSeen;
        final IntList lines = new IntList();

        Row(UUID id, String name, UUID tenantId, List<String> tags, Instant lastSeen) {
            this.id = id;
            this.name = name;
            this.tenantId = tenantId;
            this.tags = tags;
            this.lastSeen = lastSeen;
        }
    }

    /** A growable int array: a million lines as ints, not boxed. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
