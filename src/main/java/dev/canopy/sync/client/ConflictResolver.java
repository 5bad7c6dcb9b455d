package dev.canopy.sync.client;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SyncConflict;
import dev.canopy.store.SyncLedger;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationOverlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a conflict: taking theirs keeps what the server has (the local copy already shows it); keeping mine or an
 * edited value is a new edit made on top of theirs, which the outbox sends like any other, so nothing is lost and
 * the server judges it again.
 */
final class ConflictResolver {

    private static final MutationCodec CODEC = new MutationCodec();

    private final LocalStore store;
    private final SyncLedger ledger;

    ConflictResolver(LocalStore store, SyncLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    void resolve(SyncConflict conflict, SyncAgent.Resolution resolution, String editedValue) {
        switch (resolution) {
            case TAKE_THEIRS -> ledger.markResolved(conflict.id(), "took theirs");
            case KEEP_MINE -> {
                replay(conflict, null);
                ledger.markResolved(conflict.id(), "kept mine");
            }
            case EDIT -> {
                if (conflict.field() == null) {
                    throw new RuleViolation("This edit has no single field to change; keep it or take theirs.");
                }
                replay(conflict, editedValue == null ? "" : editedValue);
                ledger.markResolved(conflict.id(), "edited " + conflict.field() + " to " + editedValue);
            }
        }
    }

    /** Applies the conflict's edit again on the record as it is now (with the field set to edited, when given). */
    private void replay(SyncConflict conflict, String edited) {
        if (SyncConflict.REVOKED.equals(conflict.kind())) {
            throw new RuleViolation(conflict.recordName() + " is no longer in your scope; this edit cannot be sent. Take theirs to close it.");
        }
        Map<String, Object> args = new HashMap<>(SyncRun.args(conflict.args()));
        if (conflict.name().endsWith(".save")) {
            args = onCurrentRecord(conflict, args, edited);
        } else if (edited != null) {
            args.put(conflict.field(), typed(args.get(conflict.field()), edited));
        }
        Command command = CODEC.decode(conflict.name(), args);
        store.execute(command);
    }

    private Map<String, Object> onCurrentRecord(SyncConflict conflict, Map<String, Object> args, String edited) {
        @SuppressWarnings("unchecked")
        Map<String, Object> mine = args.get("record") instanceof Map<?, ?> map ? new HashMap<>((Map<String, Object>) map) : new HashMap<>();
        Optional<Map<String, Object>> live = ledger.localRecord(conflict.entity(), conflict.recordId());
        if (live.isEmpty() && createdHere(mine)) {
            // a refused creation: its refusal left only a tombstone here and the server never held it, so mine is the
            // whole record, made anew (the server judges it again, e.g. whether the e-mail or name is free by now)
            if (edited != null && conflict.field() != null) {
                mine.put(conflict.field(), typed(mine.get(conflict.field()), edited));
            }
            Map<String, Object> created = new HashMap<>(args);
            created.put("record", mine);
            return created;
        }
        Map<String, Object> current = live
                .orElseThrow(() -> new RuleViolation(conflict.recordName() + " no longer exists here; this edit cannot be applied."));
        List<String> fields = new ArrayList<>();
        if (conflict.field() != null) {
            fields.add(conflict.field());
            if (edited != null) {
                mine.put(conflict.field(), typed(mine.get(conflict.field()), edited));
            }
        } else {
            mine.keySet().stream().filter(k -> !k.equals("id") && !k.equals("meta")).forEach(fields::add);
        }
        Map<String, Object> withMine = new HashMap<>(args);
        withMine.put("record", mine);
        return MutationOverlay.overlay(withMine, current, fields);
    }

    /** Whether the edit made the record: its meta has no version yet, which only the server's acceptance gives. */
    private static boolean createdHere(Map<String, Object> record) {
        return record.get("meta") instanceof Map<?, ?> meta && meta.get("version") instanceof Number version && version.longValue() == 0;
    }

    /** The edited text as the kind of value the field holds: text, true/false, a number, or a comma-separated list. */
    static Object typed(Object original, String edited) {
        String text = edited.trim();
        if (original instanceof Boolean) {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                throw new RuleViolation("'" + edited + "' is not true or false.");
            }
            return Boolean.parseBoolean(text);
        }
        if (original instanceof Number) {
            try {
                return text.contains(".") ? Double.parseDouble(text) : Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new RuleViolation("'" + edited + "' is not a number.");
            }
        }
        if (original instanceof List<?>) {
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return edited;
    }
}
