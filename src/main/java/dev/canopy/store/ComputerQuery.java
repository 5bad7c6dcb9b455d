package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Live computers of some tenants, optionally with their inventory, in two queries (no per-computer round trips). */
final class ComputerQuery {

    private ComputerQuery() {
    }

    static List<Computer> ofTenants(Connection connection, Collection<UUID> tenantIds, boolean withInventory) throws SQLException {
        return load(connection, "tenant_id", tenantIds, withInventory, false);
    }

    static List<Computer> byIds(Connection connection, Collection<UUID> ids, boolean withInventory) throws SQLException {
        return load(connection, "id", ids, withInventory, false);
    }

    /** The computers with these ids as stored, removed ones included (what an import writes over), without inventory. */
    static List<Computer> storedWithIds(Connection connection, Collection<UUID> ids) throws SQLException {
        return load(connection, "id", ids, false, true);
    }

    private static List<Computer> load(Connection connection, String column, Collection<UUID> given, boolean withInventory,
                                       boolean withDeleted) throws SQLException {
        Collection<UUID> keys = new java.util.LinkedHashSet<>(given);  // joined as a table, a repeated key would repeat rows
        Map<UUID, Object[]> rows = new LinkedHashMap<>();
        String columns = "c.id, c.name, c.tenant_id, c.serial_number, c.device_id, c.os, c.os_version, c.last_seen,"
                + " c.primary_person_id, c.tags, c.version, c.updated_at, c.updated_by, c.deleted";
        // the keys joined as a table: with "= any(?)" H2 may pick the (deleted, tenant) index and compare every row
        // it reads with every key
        try (PreparedStatement select = connection.prepareStatement("select " + columns + " from unnest(?) as wanted(k)"
                + " join computer c on c." + column + " = wanted.k" + (withDeleted ? "" : " where c.deleted = false") + " order by c.name")) {
            select.setArray(1, SqlArrays.uuids(connection, keys));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime seen = r.getObject(8, OffsetDateTime.class);
                    rows.put(r.getObject(1, UUID.class), new Object[]{r.getString(2), r.getObject(3, UUID.class), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), seen == null ? null : seen.toInstant(),
                            r.getObject(9, UUID.class), r.getString(10),
                            new RecordMeta(r.getLong(11), r.getObject(12, OffsetDateTime.class).toInstant(), r.getString(13), r.getBoolean(14))});
                }
            }
        }
        Map<UUID, List<Software>> inventory = withInventory ? inventory(connection, column, keys) : Map.of();
        List<Computer> computers = new ArrayList<>(rows.size());
        for (var entry : rows.entrySet()) {
            Object[] v = entry.getValue();
            String tags = (String) v[8];
            computers.add(new Computer(entry.getKey(), (String) v[0], (UUID) v[1], (String) v[2], (String) v[3], (String) v[4],
                    (String) v[5], (java.time.Instant) v[6], (UUID) v[7], tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                    inventory.getOrDefault(entry.getKey(), List.of()), (RecordMeta) v[9]));
        }
        return computers;
    }

    private static Map<UUID, List<Software>> inventory(Connection connection, String column, Collection<UUID> keys) throws SQLException {
        Map<UUID, List<Object[]>> lines = new HashMap<>();
        // by id, join the ids as a table: H2 compares "= any(?)" against every inventory row (thousands of ids
        // times a million rows in a pull page); joined, each id is one lookup in the inventory's key. No order by:
        // sorting a page's inventory (tens of thousands of rows) made PostgreSQL spill to disk; each computer's few
        // lines are put in order here
        String sql = column.equals("id")
                ? "select s.computer_id, s.position, s.name, s.version, s.publisher from unnest(?) as wanted(id)"
                + " join computer_software s on s.computer_id = wanted.id"
                : "select s.computer_id, s.position, s.name, s.version, s.publisher from computer_software s join computer c on c.id = s.computer_id"
                + " where c.deleted = false and c." + column + " = any(?)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, SqlArrays.uuids(connection, keys));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    lines.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Object[]{r.getInt(2), new Software(r.getString(3), r.getString(4), r.getString(5))});
                }
            }
        }
        Map<UUID, List<Software>> inventory = new HashMap<>();
        for (var entry : lines.entrySet()) {
            List<Object[]> computerLines = entry.getValue();
            computerLines.sort(java.util.Comparator.comparingInt(line -> (Integer) line[0]));
            List<Software> software = new ArrayList<>(computerLines.size());
            computerLines.forEach(line -> software.add((Software) line[1]));
            inventory.put(entry.getKey(), software);
        }
        return inventory;
    }
}
