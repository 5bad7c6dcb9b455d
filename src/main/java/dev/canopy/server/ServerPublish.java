package dev.canopy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.person.Role;
import dev.canopy.store.JdbcWorkspace.SavedRecord;
import dev.canopy.store.StoredRecords;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishRequest.PublishedRecord;
import dev.canopy.sync.PublishResponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A never-synced client's whole local state becoming the first state of an empty server (MSP admin only). Chunks
 * are kept until the last arrives; then every record is written, logged and stamped in one transaction with the
 * sequence taken, so the server holds all of it or, on any refusal, none. The publishing admin then belongs to
 * the MSP root, as a person there if the state did not already have them.
 */
final class ServerPublish {

    private static final TypeReference<List<PublishedRecord>> RECORDS = new TypeReference<>() {
    };
    /** Parents before children, people before the computers that name them. */
    private static final List<String> ORDER = List.of("tenant", "person", "computer", "schedule", "deployment", "preference");

    private final Clock clock;

    ServerPublish(Clock clock) {
        this.clock = clock;
    }

    PublishResponse publish(Connection connection, Caller caller, PublishRequest request) throws SQLException {
        if (caller.role() != Role.MSP_ADMIN) {
            throw SyncException.forbidden("Only an MSP admin can publish a first state to the server.");
        }
        long seq = ChangeLog.lock(connection);
        refuseIfServerHasData(connection);
        keepChunk(connection, caller, request);
        List<List<PublishedRecord>> chunks = chunks(connection, request.publishId(), request.chunks());
        if (chunks.size() < request.chunks()) {
            return new PublishResponse(request.publishId(), chunks.size(), request.chunks(), false, 0, seq);
        }
        List<PublishedRecord> received = new ArrayList<>();
        chunks.forEach(received::addAll);
        List<PublishedRecord> all = inInsertOrder(received);
        UUID root = null;
        for (int i = 0; i < all.size(); i++) {
            PublishedRecord record = all.get(i);
            StoredRecords.Inserted inserted;
            try {
                if (record.entity().equals("tenant")) {
                    // the rule a tenant's name must meet anywhere in Canopy (length, not blank)
                    dev.canopy.domain.tenant.TenantRules.checkName(String.valueOf(record.record().get("name")));
                }
                inserted = StoredRecords.insert(connection, record.entity(), record.record() == null ? Map.of() : record.record());
            } catch (IllegalArgumentException | SQLException | dev.canopy.domain.RuleViolation refused) {
                throw SyncException.badRequest("Record " + (i + 1) + " of " + all.size() + " (" + record.entity() + " "
                        + (record.record() == null ? "" : record.record().get("id")) + ") cannot be published: " + readable(refused) + " Nothing was published.");
            }
            if (record.entity().equals("tenant") && record.record().get("parentId") == null) {
                if (root != null) {
                    throw SyncException.badRequest("The published state has two MSP tenants (tenants without a parent). Nothing was published.");
                }
                root = inserted.id();
            }
            ChangeLog.append(connection, ++seq, new SavedRecord(inserted.entity(), inserted.id(), inserted.key(), inserted.tenantId(), null, Set.of()), request.clientId());
        }
        if (root == null) {
            throw SyncException.badRequest("The published state has no MSP tenant (a tenant without a parent). Nothing was published.");
        }
        seq = joinRoot(connection, caller, root, seq);
        ChangeLog.store(connection, seq);
        dropChunks(connection, request.publishId());
        return new PublishResponse(request.publishId(), chunks.size(), request.chunks(), true, all.size(), seq);
    }

    /** Every record in insert order: tenants parent first (any depth), then the kinds in {@link #ORDER}. */
    private static List<PublishedRecord> inInsertOrder(List<PublishedRecord> all) {
        Map<Object, List<PublishedRecord>> tenantsByParent = new HashMap<>();
        List<PublishedRecord> others = new ArrayList<>();
        for (PublishedRecord record : all) {
            if ("tenant".equals(record.entity()) && record.record() != null) {
                tenantsByParent.computeIfAbsent(String.valueOf(record.record().get("parentId")), k -> new ArrayList<>()).add(record);
            } else {
                others.add(record);
            }
        }
        List<PublishedRecord> ordered = new ArrayList<>();
        Set<PublishedRecord> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<String> parents = new java.util.ArrayDeque<>(List.of("null"));
        while (!parents.isEmpty()) {
            for (PublishedRecord child : tenantsByParent.getOrDefault(parents.poll(), List.of())) {
                ordered.add(child);
                placed.add(child);
                parents.add(String.valueOf(child.record().get("id")));
            }
        }
        // tenants whose parent is not in the state come last, where the database refuses them with a reason
        tenantsByParent.values().forEach(list -> list.stream().filter(r -> !placed.contains(r)).forEach(ordered::add));
        others.sort(Comparator.comparing((PublishedRecord r) -> ORDER.indexOf(r.entity())));
        ordered.addAll(others);
        return ordered;
    }

    private static String readable(Exception refused) {
        String message = refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage();
        if (refused instanceof SQLException sql) {
            // the standard SQLSTATE says which constraint kind refused it (H2 and PostgreSQL agree); never show the SQL
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            return switch (state) {
                case "23503", "23506" -> "it refers to a record that is not in the published state.";
                case "23505" -> "another published record has the same id, slug or device id.";
                default -> "the database refused it (a value may be longer than allowed).";
            };
        }
        return message.endsWith(".") ? message : message + ".";
    }

    private static void refuseIfServerHasData(Connection connection) throws SQLException {
        if (StoredRecords.anyTenant(connection)) {
            throw SyncException.reset("This server already holds the team's tenants. Your local data has never been synced,"
                    + " so it cannot be merged into theirs: replace your local copy with the server's (your database is kept"
                    + " as a backup), or cancel.");
        }
    }

    private static void keepChunk(Connection connection, Caller caller, PublishRequest request) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from sync_publish_chunk where publish_id = ? and chunk = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into sync_publish_chunk (publish_id, chunk, chunks, account_id, body) values (?, ?, ?, ?, ?)")) {
            delete.setString(1, request.publishId());
            delete.setInt(2, request.chunk());
            delete.executeUpdate();
            insert.setString(1, request.publishId());
            insert.setInt(2, request.chunk());
            insert.setInt(3, request.chunks());
            insert.setObject(4, caller.accountId());
            insert.setString(5, ProtocolJson.MAPPER.writeValueAsString(request.records()));
            insert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a publish chunk cannot be written", e);
        }
    }

    private static List<List<PublishedRecord>> chunks(Connection connection, String publishId, int expected) throws SQLException {
        List<List<PublishedRecord>> chunks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select body from sync_publish_chunk where publish_id = ? and chunk < ? order by chunk")) {
            select.setString(1, publishId);
            select.setInt(2, expected);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunks.add(ProtocolJson.MAPPER.readValue(rows.getString(1), RECORDS));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept publish chunk is not readable", e);
        }
        return chunks;
    }

    static void dropChunks(Connection connection, String publishId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from sync_publish_chunk where publish_id = ?")) {
            delete.setString(1, publishId);
            delete.executeUpdate();
        }
    }

    /** The publishing admin's account now belongs to the root, as a person there (added if the state lacked them). */
    private long joinRoot(Connection connection, Caller caller, UUID root, long seq) throws SQLException {
        UUID person = null;
        try (PreparedStatement select = connection.prepareStatement(
                "select id from person where tenant_id = ? and lower(email) = ? and deleted = false")) {
            select.setObject(1, root);
            select.setString(2, caller.email().toLowerCase());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    person = rows.getObject(1, UUID.class);
                }
            }
        }
        if (person == null) {
            person = UUID.randomUUID();
            Map<String, Object> fields = new HashMap<>();
            fields.put("id", person.toString());
            fields.put("tenantId", root.toString());
            fields.put("displayName", caller.email().substring(0, caller.email().indexOf('@')));
            fields.put("email", caller.email());
            fields.put("role", Role.MSP_ADMIN.name());
            fields.put("active", true);
            RecordMeta meta = RecordMeta.created(clock.instant(), caller.email());
            fields.put("meta", Map.of("version", 0, "updatedAt", meta.updatedAt().toString(), "updatedBy", meta.updatedBy(), "deleted", false));
            StoredRecords.insert(connection, "person", fields);
            ChangeLog.append(connection, ++seq, new SavedRecord("person", person, null, root, null, Set.of()), "server");
        }
        try (PreparedStatement update = connection.prepareStatement("update server_account set tenant_id = ?, person_id = ? where id = ?")) {
            update.setObject(1, root);
            update.setObject(2, person);
            update.setObject(3, caller.accountId());
            update.executeUpdate();
        }
        return seq;
    }
}
