package dev.canopy.store;

import dev.canopy.store.SyncLedger.PushOutcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles a real push's results inside the caller's transaction: applied edits leave the outbox; a CONFLICT becomes
 * one conflict per clashing field and its record takes the server's current state; a REJECTED becomes one conflict
 * and its records go back to their shadows. Both keep what later pending edits change.
 */
final class Settlement {

    /** The server's CONFLICT reason, "Someone else changed name, slug after your edit was made." */
    private static final Pattern CLASHING = Pattern.compile("changed (.+?) after your edit");

    private final Connection connection;
    private final Instant now;

    Settlement(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
    }

    void settle(List<PushOutcome> outcomes) throws SQLException {
        for (PushOutcome outcome : outcomes) {
            if (outcome == null) {
                throw new IllegalArgumentException("a push result is null");
            }
            PendingEdit edit = OutboxRows.find(connection, outcome.mutationId());
            String status = String.valueOf(outcome.status());
            if (!List.of("APPLIED", "MERGED", "CONFLICT", "REJECTED").contains(status)) {
                throw new IllegalArgumentException("the push result of mutation " + outcome.mutationId()
                        + " has an unknown status \"" + outcome.status() + "\"; expected APPLIED, MERGED, CONFLICT or REJECTED");
            }
            if (edit == null) {
                continue;  // settled before (a retried push returns stored results)
            }
            switch (status) {
                case "CONFLICT" -> conflict(edit, outcome);
                case "REJECTED" -> rejected(edit, outcome);
                default -> OutboxRows.remove(connection, edit.id());
            }
        }
        ShadowRows.dropUnneeded(connection);
    }

    private void rejected(PendingEdit edit, PushOutcome outcome) throws SQLException {
        OutboxRows.Target target = OutboxRows.target(connection, edit.id());
        Map<String, Object> local = local(target);
        String reason = outcome.reason() == null || outcome.reason().isBlank() ? "The server refused this edit." : outcome.reason();
        // an import's part that changed nothing here names no record of its own kind: its label says which part it is
        String name = StoredRecords.holds(target.entity()) || target.summary() == null || target.summary().isBlank()
                ? ConflictRows.nameOf(local, target.id()) : target.summary();
        ConflictRows.add(connection, new SyncConflict(0, SyncConflict.REJECTED, edit.id(), edit.name(), edit.args(), target.entity(),
                target.id(), name, null, null, null, null, null, null, reason, now));
        EditUndo.leave(connection, edit.id(), null);
    }

    private void conflict(PendingEdit edit, PushOutcome outcome) throws SQLException {
        OutboxRows.Target target = OutboxRows.target(connection, edit.id());
        Map<String, Object> current = outcome.current();
        Map<String, Object> local = local(target);
        Map<String, Object> base = ShadowRows.find(connection, target.entity(), target.id(), target.key())
                .map(ShadowRows.Shadow::state).orElse(null);
        Map<String, Object> meta = current == null ? Map.of() : PulledRecords.meta(current);
        String by = meta.get("updatedBy") instanceof String s ? s : null;
        String reason = outcome.reason() == null ? "Someone else changed this record after your edit was made." : outcome.reason();
        String name = ConflictRows.nameOf(current != null ? current : local, target.id());
        // a tombstone as the server's record: the edit's record was deleted meanwhile (shown as such, with only "take theirs")
        String kind = Boolean.TRUE.equals(meta.get("deleted")) ? SyncConflict.DELETED : SyncConflict.CONFLICT;
        for (String field : clashing(reason, target.fields(), base, current)) {
            ConflictRows.add(connection, new SyncConflict(0, kind, edit.id(), edit.name(), edit.args(), target.entity(),
                    target.id(), name, field, ConflictRows.shown(base, field), ConflictRows.shown(local, field),
                    ConflictRows.shown(current, field), by, instant(meta.get("updatedAt")), reason, now));
        }
        EditUndo.leave(connection, edit.id(), current == null ? null
                : new EditUndo.Theirs(target.entity(), target.id(), target.key(), current));
    }

    /** The fields in conflict: those the server's reason names, else those the server changed since the shadow, else all the edit's. */
    static List<String> clashing(String reason, Collection<String> fields, Map<String, Object> base, Map<String, Object> current) {
        List<String> named = new ArrayList<>();
        Matcher matcher = CLASHING.matcher(reason);
        if (matcher.find()) {
            for (String field : matcher.group(1).split(",")) {
                if (!field.isBlank()) {
                    named.add(field.trim());
                }
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        List<String> changed = new ArrayList<>();
        if (base != null && current != null) {
            fields.stream().filter(f -> !Objects.equals(base.get(f), current.get(f))).forEach(changed::add);
        }
        if (!changed.isEmpty()) {
            return changed;
        }
        List<String> all = new ArrayList<>(fields);
        if (all.isEmpty()) {
            all.add(null);  // one conflict for the whole edit
        }
        return all;
    }

    private Map<String, Object> local(OutboxRows.Target target) throws SQLException {
        return target.id() == null || !StoredRecords.holds(target.entity()) ? null
                : StoredRecords.read(connection, target.entity(), target.id(), target.key()).map(StoredRecords.Current::fields).orElse(null);
    }

    private static Instant instant(Object text) {
        try {
            return text == null ? null : Instant.parse(text.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
