package dev.canopy.store;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.SyncedInParts;
import dev.canopy.domain.tenant.Tenant;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One command applied inside the caller's transaction: its changes (with their audit entries, written by the
 * workspace) and its outbox mutation with the records it touched — or, for a command synced in parts, one mutation
 * per part, each carrying the touches of its own records.
 */
final class CommandWrite {

    /** A command's result, and whether it changed which tenant owns which computers (the tree's counts). */
    record Outcome(Command.Applied applied, boolean movedComputers, boolean changedComputers, Collection<Tenant> savedTenants) {
    }

    private CommandWrite() {
    }

    static Outcome apply(Connection connection, Command command, String actor, Instant now, boolean tracking) throws SQLException {
        var workspace = new JdbcWorkspace(connection, actor, now, command.mutationName());
        String entity = OutboxTarget.entityOf(command.mutationName());
        String key = OutboxTarget.keyOf(command);
        // a reassign's target computer is known only once applied (moving keeps a computer's version)
        long baseVersion = entity.equals("computer") ? 0 : OutboxTarget.versionOf(connection, entity, command.targetId(), key);
        if (tracking) {
            workspace.beforeSave((savedEntity, ids, savedKey) -> ShadowRows.keepUntouched(connection, savedEntity, ids, savedKey));
        }
        Command.Applied applied = command.applyTo(workspace);
        // untracked (no server connected), no server state is kept, so nothing that undoes or rebases an edit can use
        // the touches of the records it made, and a folder first connected publishes its state (the outbox is
        // dropped): an import of 100k computers writes no touch for them (about a tenth of its time)
        java.util.function.Predicate<JdbcWorkspace.SavedRecord> kept = tracking ? s -> true : s -> !workspace.created(s.id());
        if (command instanceof SyncedInParts parted) {
            List<SyncedInParts.Part> parts = parted.parts();
            var touches = OutboxTouches.of(workspace.saved().stream().filter(kept).toList());
            List<List<OutboxTouches.Touch>> byPart = touchesByPart(parts, touches);
            for (int i = 0; i < parts.size(); i++) {
                SyncedInParts.Part part = parts.get(i);
                List<OutboxTouches.Touch> own = byPart.get(i);
                // a part that changed records names their kind, so a refusal shows one of them; one that changed
                // nothing here is named by its label ("import" is its entity)
                boolean changed = !own.isEmpty() || !tracking && part.recordIds().stream().anyMatch(workspace::created);
                append(connection, part.command(), 0, new OutboxRows.Target(changed ? part.entity() : entity, part.command().targetId(), key,
                        List.of(), part.label()), own, now);
            }
        } else {
            var touches = OutboxTouches.of(workspace.saved());
            var target = OutboxTarget.of(entity, command.targetId(), key, touches);
            if (entity.equals("computer") && target != null) {
                baseVersion = OutboxTarget.versionOf(connection, entity, target.id(), key);
            }
            append(connection, command, baseVersion, new OutboxRows.Target(entity, target == null ? command.targetId() : target.id(), key,
                    target == null ? List.of() : OutboxTarget.editedFields(entity, target.fields()), applied.label()),
                    tracking ? touches : OutboxTouches.of(workspace.saved().stream().filter(kept).toList()), now);
        }
        boolean changedComputers = workspace.movedComputers() || workspace.saved().stream().anyMatch(r -> r.entity().equals("computer"));
        return new Outcome(applied, workspace.movedComputers(), changedComputers, workspace.savedTenants());
    }

    /** Each part's touches, in the command's order: one pass, not one per part (a 100k import has 55 parts). */
    private static List<List<OutboxTouches.Touch>> touchesByPart(List<SyncedInParts.Part> parts, List<OutboxTouches.Touch> touches) {
        List<List<OutboxTouches.Touch>> byPart = new ArrayList<>();
        if (touches.isEmpty()) {  // an untracked import of new records: no map of its 100k ids
            parts.forEach(p -> byPart.add(List.of()));
            return byPart;
        }
        Map<UUID, List<Integer>> partsOf = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            int index = i;
            parts.get(i).recordIds().forEach(id -> partsOf.computeIfAbsent(id, k -> new ArrayList<>(1)).add(index));
            byPart.add(new ArrayList<>());
        }
        for (OutboxTouches.Touch t : touches) {
            partsOf.getOrDefault(t.id(), List.of()).forEach(part -> byPart.get(part).add(t));
        }
        return byPart;
    }

    private static void append(Connection connection, Command command, long baseVersion, OutboxRows.Target target,
                               List<OutboxTouches.Touch> touches, Instant now) throws SQLException {
        long mutationId = ClientSettings.nextMutationId(connection);
        OutboxRows.append(connection, new OutboxMutation(mutationId, command.mutationName(), OutboxArgs.of(command), baseVersion, now), target);
        OutboxTouches.append(connection, mutationId, touches);
    }
}
