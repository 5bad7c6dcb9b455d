package dev.canopy.store;

import dev.canopy.domain.command.Command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Which record a mutation targets, as the server compares it: a record of the entity its name starts with
 * ("person.save" → a person), by the command's target id (a preference by its tenant and key). Its base version is
 * that record's server version; its fields are those the command changed on it.
 */
final class OutboxTarget {

    private OutboxTarget() {
    }

    static String entityOf(String mutationName) {
        int dot = mutationName.indexOf('.');
        return dot < 0 ? mutationName : mutationName.substring(0, dot);
    }

    /** The setting key of a preference.set, else "". */
    static String keyOf(Command command) {
        Object key = command.mutationName().equals("preference.set") ? command.args().get("key") : null;
        return key == null ? "" : key.toString();
    }

    /**
     * The touch of the target record: the one of the entity with the target id (and key), else the first of the
     * entity (a reassign names a tenant as its target but moves computers); null when the command saved none.
     */
    static OutboxTouches.Touch of(String entity, UUID targetId, String key, List<OutboxTouches.Touch> touches) {
        OutboxTouches.Touch first = null;
        for (OutboxTouches.Touch touch : touches) {
            if (touch.entity().equals(entity)) {
                if (touch.id().equals(targetId) && touch.key().equals(key)) {
                    return touch;
                }
                first = first == null ? touch : first;
            }
        }
        return first;
    }

    /** The record's stored version (the server's, as local writes keep it); 0 when there is no such record. */
    static long versionOf(Connection connection, String entity, UUID id, String key) throws SQLException {
        String sql = switch (entity) {
            case "tenant", "person", "computer", "schedule", "deployment" -> "select version from " + entity + " where id = ?";
            case "preference" -> "select version from tenant_preference where tenant_id = ? and setting_key = ?";
            default -> null;
        };
        if (sql == null || id == null) {
            return 0;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            if (entity.equals("preference")) {
                select.setString(2, key);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
