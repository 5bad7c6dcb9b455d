package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writing computers' own fields in JDBC batches (an import of 100k computers is one command): new ones inserted,
 * stored ones updated in place (their inventory and maintenance history stay attached), one audit row each.
 */
final class ComputerSaves {

    private static final int CHUNK = 1_000;
    private static final String COLUMNS = "id, name, tenant_id, serial_number, device_id, os, os_version, last_seen, primary_person_id,"
            + " tags, version, updated_at, updated_by, deleted";
    private static final String UPDATE = "update computer set name = ?, tenant_id = ?, serial_number = ?, device_id = ?, os = ?,"
            + " os_version = ?, last_seen = ?, primary_person_id = ?, tags = ?, updated_at = ?, updated_by = ?, deleted = ? where id = ?";

    private ComputerSaves() {
    }

    /** The stored computers among the ids, deleted ones included, without inventory. */
    static Map<UUID, Computer> current(Connection connection, Collection<UUID> ids) throws SQLException {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, Computer> found = new HashMap<>(all.size() * 2);
        for (int from = 0; from < all.size(); from += CHUNK) {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from unnest(?) as wanted(k) join computer c on c.id = wanted.k")) {
                select.setArray(1, SqlArrays.uuids(connection, all.subList(from, Math.min(all.size(), from + CHUNK))));
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        Computer c = read(r);
                        found.put(c.id(), c);
                    }
                }
            }
        }
        return found;
    }

    /** The device id → id of every deleted computer, so an import brings a removed computer back rather than doubling it. */
    static Map<String, UUID> deletedByDevice(Connection connection) throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select device_id, id from computer where deleted = true");
             ResultSet r = select.executeQuery()) {
            while (r.next()) {
                found.put(r.getString(1), r.getObject(2, UUID.class));
            }
        }
        return found;
    }

    private static Computer read(ResultSet r) throws SQLException {
        OffsetDateTime seen = r.getObject(8, OffsetDateTime.class);
        String tags = r.getString(10);
        return new Computer(r.getObject(1, UUID.class), r.getString(2), r.getObject(3, UUID.class), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), seen == null ? null : seen.toInstant(), r.getObject(9, UUID.class),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), List.of(),
                new RecordMeta(r.getLong(11), r.getObject(12, OffsetDateTime.class).toInstant(), r.getString(13), r.getBoolean(14)));
    }

    /** The fields that differ, as the sync log and the audit name them (all of a new computer's). */
    static Set<String> changedFields(Computer before, Computer after) {
        Set<String> fields = new LinkedHashSet<>();
        String[] names = {"name", "tenantId", "serialNumber", "deviceId", "os", "osVersion", "lastSeen", "primaryPersonId", "tags", "deleted"};
        Object[] was = before == null ? new Object[names.length] : values(before);
        Object[] is = values(after);
        for (int i = 0; i < names.length; i++) {
            if (before == null || !Objects.equals(was[i], is[i])) {
                fields.add(names[i]);
            }
        }
        return fields;
    }

    private static Object[] values(Computer c) {
        return new Object[]{c.name(), c.tenantId(), c.serialNumber(), c.deviceId(), c.os(), c.osVersion(), c.lastSeen(),
                c.primaryPersonId(), c.tags(), c.meta().deleted()};
    }

    static void save(Connection connection, List<Computer> before, List<Computer> after, Instant now, String actor, String action)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ComputerRows.INSERT_COMPUTER);
             PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement audit = connection.prepareStatement(AuditRows.INSERT)) {
            var at = now.atOffset(ZoneOffset.UTC);
            int pending = 0;
            for (int i = 0; i < after.size(); i++) {
                Computer c = after.get(i);
                if (before.get(i) == null) {
                    ComputerRows.bind(insert, c);
                    insert.addBatch();
                } else {
                    bindUpdate(update, c);
                    update.addBatch();
                }
                audit.setObject(1, at);
                audit.setString(2, actor);
                audit.setString(3, "computer");
                audit.setObject(4, c.id());
                audit.setObject(5, c.tenantId());
                audit.setString(6, action);
                audit.setString(7, RecordDiff.of(before.get(i) == null ? null : before.get(i), c));
                audit.addBatch();
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    update.executeBatch();
                    audit.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
            update.executeBatch();
            audit.executeBatch();
        }
    }

    private static void bindUpdate(PreparedStatement update, Computer c) throws SQLException {
        update.setString(1, c.name());
        update.setObject(2, c.tenantId());
        update.setString(3, c.serialNumber());
        update.setString(4, c.deviceId());
        update.setString(5, c.os());
        update.setString(6, c.osVersion());
        if (c.lastSeen() == null) {
            update.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            update.setObject(7, c.lastSeen().atOffset(ZoneOffset.UTC));
        }
        update.setObject(8, c.primaryPersonId());
        update.setString(9, String.join(",", c.tags()));
        update.setObject(10, c.meta().updatedAt().atOffset(ZoneOffset.UTC));
        update.setString(11, c.meta().updatedBy());
        update.setBoolean(12, c.meta().deleted());
        update.setObject(13, c.id());
    }
}
