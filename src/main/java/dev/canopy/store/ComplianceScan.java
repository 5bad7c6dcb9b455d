package dev.canopy.store;

import dev.canopy.domain.computer.Software;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * What a compliance report reads, in two plain table scans (computers, then every inventory line) with H2's
 * lazy execution, so rows stream instead of being buffered (or spilled to disk) first. Per-tenant queries read
 * the same rows more slowly at 100k computers: each inventory chunk is a join H2 plans badly. Only the lines of
 * the software asked about are kept, and their texts shared, so 100k computers take a few tens of MB.
 */
final class ComplianceScan {

    private ComplianceScan() {
    }

    /**
     * @param tenants  the tenants whose live computers are returned, or null for all
     * @param software which inventory lines to keep (by software name)
     * @param seen     every kept line's (name, version), of any computer, deleted or outside the tenants too:
     *                 what the newest known version is measured against
     * @return the computers, by name
     */
    static List<ComputerInventory> read(Connection connection, Set<UUID> tenants, Predicate<String> software,
                                        BiConsumer<String, String> seen) throws SQLException {
        lazy(connection, true);
        try {
            Map<UUID, Computer> computers = new LinkedHashMap<>();
            Map<String, String> texts = new HashMap<>();  // the same name, version or tag text once, not per row
            try (Statement st = connection.createStatement();
                 ResultSet r = st.executeQuery("select id, name, tenant_id, tags, last_seen from computer where deleted = false")) {
                while (r.next()) {
                    UUID tenant = r.getObject(3, UUID.class);
                    if (tenants == null || tenants.contains(tenant)) {
                        String tags = r.getString(4);
                        List<String> tagList = tags.isEmpty() ? List.of()
                                : Arrays.stream(tags.split(",")).map(t -> shared(texts, t)).toList();
                        java.time.OffsetDateTime lastSeen = r.getObject(5, java.time.OffsetDateTime.class);
                        computers.put(r.getObject(1, UUID.class), new Computer(r.getString(2), tenant, tagList, lastSeen == null ? null : lastSeen.toInstant()));
                    }
                }
            }
            try (Statement st = connection.createStatement();
                 ResultSet r = st.executeQuery("select computer_id, name, version from computer_software")) {
                while (r.next()) {
                    String name = r.getString(2);
                    if (!software.test(name)) {
                        continue;
                    }
                    name = shared(texts, name);
                    String version = shared(texts, r.getString(3));
                    seen.accept(name, version);
                    Computer computer = computers.get(r.getObject(1, UUID.class));
                    if (computer != null) {
                        computer.lines.add(new Software(name, version, ""));  // in no order: compliance takes the highest
                    }
                }
            }
            List<ComputerInventory> out = new ArrayList<>(computers.size());
            computers.forEach((id, c) -> out.add(c.toInventory(id)));
            out.sort(java.util.Comparator.comparing(ComputerInventory::name));  // as the computers table lists them
            return out;
        } finally {
            lazy(connection, false);  // the connection goes back to the pool as it came (nothing else sets it)
        }
    }

    private static String shared(Map<String, String> texts, String text) {
        String known = texts.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set lazy_query_execution " + on);
        }
    }

    private static final class Computer {
        final String name;
        final UUID tenantId;
        final List<String> tags;
        final java.time.Instant lastSeen;
        final List<Software> lines = new ArrayList<>(2);

        Computer(String name, UUID tenantId, List<String> tags, java.time.Instant lastSeen) {
            this.name = name;
            this.tenantId = tenantId;
            this.tags = tags;
            this.lastSeen = lastSeen;
        }

        ComputerInventory toInventory(UUID id) {
            return new ComputerInventory(id, name, tenantId, tags, lastSeen, lines);
        }
    }
}
