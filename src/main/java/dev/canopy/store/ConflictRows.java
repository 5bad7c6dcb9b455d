package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sync_conflict table: edits the server did not take, kept until the technician resolves them. */
final class ConflictRows {

    private static final String COLUMNS = "id, kind, mutation_id, name, args, entity, record_id, record_name, field, base, mine, theirs,"
            + " theirs_by, theirs_at, reason, at";

    private ConflictRows() {
    }

    /** Writes a conflict (its id is given by the table; the one passed is ignored). */
    static void add(Connection connection, SyncConflict c) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into sync_conflict (kind, mutation_id, name, args, entity,"
                + " record_id, record_name, field, base, mine, theirs, theirs_by, theirs_at, reason, at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, c.kind());
            insert.setLong(2, c.mutationId());
            insert.setString(3, c.name());
            insert.setString(4, c.args());
            insert.setString(5, c.entity());
            insert.setObject(6, c.recordId());
            insert.setString(7, cut(c.recordName(), 400));
            insert.setString(8, c.field());
            insert.setString(9, c.base());
            insert.setString(10, c.mine());
            insert.setString(11, c.theirs());
            insert.setString(12, cut(c.theirsBy(), 200));
            if (c.theirsAt() == null) {
                insert.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(13, c.theirsAt().atOffset(ZoneOffset.UTC));
            }
            insert.setString(14, cut(c.reason(), 2000));
            insert.setObject(15, c.at().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** The unresolved conflicts, oldest first. */
    static List<SyncConflict> open(Connection connection) throws SQLException {
        return select(connection, "where resolved_at is null order by id", null);
    }

    static SyncConflict openOne(Connection connection, long id) throws SQLException {
        List<SyncConflict> found = select(connection, "where resolved_at is null and id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    static void resolve(Connection connection, long id, String resolution, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update sync_conflict set resolved_at = ?, resolution = ? where id = ?")) {
            update.setObject(1, at.atOffset(ZoneOffset.UTC));
            update.setString(2, cut(resolution, 2000));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    private static List<SyncConflict> select(Connection connection, String where, Long id) throws SQLException {
        List<SyncConflict> conflicts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from sync_conflict " + where)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime theirsAt = r.getObject(14, OffsetDateTime.class);
                    conflicts.add(new SyncConflict(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getObject(7, UUID.class), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), r.getString(12), r.getString(13), theirsAt == null ? null : theirsAt.toInstant(),
                            r.getString(15), r.getObject(16, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return conflicts;
    }

    /** A field's value as the conflict shows it: text as it is, anything else as JSON, absent as null. */
    static String shown(Map<String, Object> record, String field) {
        if (record == null || !record.containsKey(field)) {
            return null;
        }
        Object value = record.get(field);
        return value == null ? null : value instanceof String s ? s : Json.write(value);
    }

    /** What a technician calls a record: its name, display name, software, or setting key. */
    static String nameOf(Map<String, Object> record, UUID id) {
        if (record != null) {
            for (String field : List.of("name", "displayName", "software", "key")) {
                if (record.get(field) instanceof String s && !s.isBlank()) {
                    return s;
                }
            }
        }
        return id == null ? "a record" : id.toString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
