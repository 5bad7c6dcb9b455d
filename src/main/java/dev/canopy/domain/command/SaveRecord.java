package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Creates or edits a tenant-owned record (schedule, deployment, person) as one undoable command. */
public record SaveRecord<R>(RecordKind<R> kind, R record) implements Command {

    @Override
    public String mutationName() {
        return kind.name() + ".save";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("id", kind.id(record).toString());
        args.put("record", record);
        return args;
    }

    @Override
    public UUID targetId() {
        return kind.id(record);
    }

    @Override
    public Applied applyTo(Workspace ws) {
        TenantLookup.existing(ws, kind.tenantId(record), "tenant");
        Optional<R> before = ws.find(kind, kind.id(record));
        R checked = kind.check(ws, record);
        if (before.isPresent() && !kind.meta(before.get()).deleted()
                && kind.withMeta(checked, kind.meta(before.get())).equals(before.get())) {
            throw new RuleViolation("Nothing to save: no field has changed.");
        }
        var meta = before.map(b -> kind.meta(b).withDeleted(false, ws.now(), ws.actor()))
                .orElse(dev.canopy.domain.RecordMeta.created(ws.now(), ws.actor()));
        R after = kind.withMeta(checked, meta);
        ws.save(kind, before.orElse(null), after);
        Command inverse = before.isEmpty() || kind.meta(before.get()).deleted()
                ? new DeleteRecord<>(kind, kind.id(record))
                : new SaveRecord<>(kind, before.get());
        String verb = before.isEmpty() ? "creation of " : "edit of ";
        return new Applied(verb + kind.describe(after), inverse);
    }
}
