package dev.canopy.server;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.store.JdbcWorkspace;
import dev.canopy.store.JdbcWorkspace.SavedRecord;
import dev.canopy.store.StoredRecords;
import dev.canopy.sync.MalformedMutation;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Judges and applies one pushed mutation inside the push's transaction: decodes it into the domain command the
 * client ran, compares its base version with the record's (APPLIED, MERGED when only other fields changed since,
 * CONFLICT when one of its fields did), applies it through the same command code and rules as the app, and
 * refuses it (REJECTED, changing nothing) when a rule, the caller's scope or the caller's right to grant a role
 * says no. Every accepted save is logged under its own sequence number.
 */
final class PushJudge {

    private static final MutationCodec CODEC = new MutationCodec();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PushJudge.class);

    private final Connection connection;
    private final Caller caller;
    private final ServerScope scope;
    private final Clock clock;
    private long seq;

    private final String clientId;
    /** Tenants the mutation being judged creates or moves, with their new parents: the scope learns them once it is applied. */
    private final java.util.Map<UUID, UUID> placed = new java.util.LinkedHashMap<>();

    PushJudge(Connection connection, Caller caller, String clientId, ServerScope scope, Clock clock, long seq) {
        this.clientId = clientId;
        this.connection = connection;
        this.caller = caller;
        this.scope = scope;
        this.clock = clock;
        this.seq = seq;
    }

    long seq() {
        return seq;
    }

    MutationResult judge(Mutation mutation) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            MutationResult result = apply(mutation);
            if (result.status().equals(MutationResult.CONFLICT)) {
                connection.rollback(before);
            }
            return result;
        } catch (MalformedMutation | RuleViolation | OutOfScope refused) {
            connection.rollback(before);
            return MutationResult.rejected(mutation.id(), refused.getMessage());
        } catch (java.util.NoSuchElementException missing) {
            // an undo of a merge (or another replayed command) naming a record this server never had
            connection.rollback(before);
            return MutationResult.rejected(mutation.id(), "This change refers to a record the server does not have.");
        } catch (SQLException | dev.canopy.store.StoreException refused) {
            // a value no domain rule limits but a column does (or a record that is not there): refuse this one, keep the push
            connection.rollback(before);
            LOG.info("mutation {} of {} refused by the database: {}", mutation.id(), mutation.name(), refused.getMessage());
            return MutationResult.rejected(mutation.id(), "The server's database refused this change (a value is longer than"
                    + " it allows, or the change refers to a record the server does not have).");
        }
    }

    /** The reason of a CONFLICT for an edit of a record deleted after the edit was made (clients match on its start). */
    static final String DELETED_MEANWHILE = "This record was deleted on the server after your edit was made.";

    private MutationResult apply(Mutation mutation) throws SQLException {
        Map<String, Object> args = mutation.args() == null ? Map.of() : mutation.args();
        Command command = CODEC.decode(mutation.name(), args);
        String entity = mutation.name().substring(0, Math.max(0, mutation.name().indexOf('.')));
        String status = MutationResult.APPLIED;
        Optional<StoredRecords.Current> current = comparable(mutation, entity)
                ? StoredRecords.read(connection, entity, command.targetId(), null) : Optional.empty();
        if (current.isPresent() && current.get().deleted() && current.get().version() > mutation.baseVersion()) {
            // an edit of a record someone deleted meanwhile: applying it would bring the record back unasked
            if (!reaches(entity, command.targetId(), current.get())) {
                throw new OutOfScope(entity);
            }
            return new MutationResult(mutation.id(), MutationResult.CONFLICT, DELETED_MEANWHILE, current.get().fields());
        }
        if (current.isPresent() && current.get().version() > mutation.baseVersion()) {
            List<String> fields = fieldsOf(mutation, args);
            List<String> clashing = ChangeLog.changedSince(connection, entity, command.targetId(), fields, mutation.baseVersion(), clientId);
            if (!clashing.isEmpty()) {
                if (!reaches(entity, command.targetId(), current.get())) {
                    throw new OutOfScope(entity);  // a conflict would show the record to someone it is hidden from
                }
                return new MutationResult(mutation.id(), MutationResult.CONFLICT,
                        "Someone else changed " + String.join(", ", clashing) + " after your edit was made.", current.get().fields());
            }
            status = MutationResult.MERGED;
            if (command instanceof SaveRecord<?>) {
                command = CODEC.decode(mutation.name(), dev.canopy.sync.MutationOverlay.overlay(args, current.get().fields(), fields));
            }
        }
        JdbcWorkspace workspace = new JdbcWorkspace(connection, caller.email(), clock.instant(), mutation.name());
        command.applyTo(workspace);
        placed.clear();
        checkScopeAndRoles(workspace.saved());
        for (SavedRecord saved : workspace.saved()) {
            ChangeLog.append(connection, ++seq, saved, clientId);
        }
        placed.forEach(scope::placed);  // applied: later mutations of this push see the tenants it created or moved
        return new MutationResult(mutation.id(), status, null, null);
    }

    private boolean reaches(String entity, UUID id, StoredRecords.Current current) {
        Object tenant = entity.equals("tenant") ? id : current.fields().get("tenantId");
        return tenant != null && scope.reaches(UUID.fromString(tenant.toString()));
    }

    /** Records with one version to compare: tenants and tenant-owned records; a reassign or merge is applied as it comes. */
    private static boolean comparable(Mutation mutation, String entity) {
        return mutation.name().equals("tenant.update") || mutation.name().endsWith(".save") && !entity.equals("tenant");
    }

    /** The fields the mutation changes: as the client listed them, else every field its arguments carry. */
    private static List<String> fieldsOf(Mutation mutation, Map<String, Object> args) {
        if (mutation.fields() != null && !mutation.fields().isEmpty()) {
            return mutation.fields();
        }
        List<String> fields = new ArrayList<>();
        Object record = args.get("record");
        Map<?, ?> source = record instanceof Map<?, ?> map ? map : args;
        source.keySet().forEach(k -> {
            if (!k.equals("id") && !k.equals("meta")) {
                fields.add(k.toString());
            }
        });
        return fields;
    }

    /**
     * Every record the command touched must be inside the caller's reach where it lives now and where it lived
     * before; a tenant created or moved must also land under a tenant the caller reaches (the MSP root itself only
     * by an MSP-wide caller on a server that has none).
     */
    private void checkScopeAndRoles(List<SavedRecord> saved) throws SQLException {
        for (SavedRecord record : saved) {
            boolean allowed = record.entity().equals("tenant") ? tenantAllowed(record)
                    : reachesNow(record.tenantId()) && (record.previousTenantId() == null || scope.reaches(record.previousTenantId()));
            if (!allowed) {
                throw new OutOfScope(record.entity());
            }
            if (record.entity().equals("person") && (record.fields().contains("role") || record.fields().contains("tenantId"))) {
                checkGrant(record.id());
            }
        }
    }

    private boolean tenantAllowed(SavedRecord record) throws SQLException {
        boolean created = !scope.knows(record.id());
        boolean moved = created || record.fields().contains("parentId");
        if (!created && !scope.reaches(record.id())) {
            return false;
        }
        if (!moved) {
            return true;
        }
        Object parent = StoredRecords.read(connection, "tenant", record.id(), null).map(c -> c.fields().get("parentId")).orElse(null);
        if (parent == null) {
            return scope.everything();
        }
        UUID parentId = UUID.fromString(parent.toString());
        boolean allowed = reachesNow(parentId) && (record.previousTenantId() == null || scope.reaches(record.previousTenantId()));
        if (allowed) {
            placed.put(record.id(), parentId);
        }
        return allowed;
    }

    /** In reach, or a tenant this mutation created (checked already) under one in reach: an import's new client and its sites. */
    private boolean reachesNow(UUID tenantId) {
        return scope.reaches(tenantId) || placed.containsKey(tenantId);
    }

    private void checkGrant(UUID personId) throws SQLException {
        var stored = StoredRecords.read(connection, "person", personId, null).orElseThrow();
        Object role = stored.fields().get("role");
        if (role != null) {
            var tenant = StoredRecords.read(connection, "tenant", UUID.fromString(stored.fields().get("tenantId").toString()), null).orElseThrow();
            PersonRules.checkRole(dev.canopy.domain.person.Role.valueOf(role.toString()),
                    dev.canopy.domain.tenant.TenantKind.valueOf(tenant.fields().get("kind").toString()),
                    tenant.fields().get("name").toString(), caller.role(), true);
        }
    }

    /** A mutation that touches a record outside the caller's reach: refused as a whole, nothing applied. */
    private static final class OutOfScope extends RuntimeException {
        OutOfScope(String entity) {
            super("This " + entity + " is outside your scope; your role reaches only your own tenant and its sub-tenants.");
        }
    }
}
