package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;

import java.util.Map;
import java.util.UUID;

/** Deletes (tombstones) a tenant-owned record; undo saves it back as it was. */
public record DeleteRecord<R>(RecordKind<R> kind, UUID id) implements Command {

    @Override
    public String mutationName() {
        return kind.name() + ".delete";
    }

    @Override
    public Map<String, Object> args() {
        return Map.of("id", id.toString());
    }

    @Override
    public UUID targetId() {
        return id;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        R before = ws.find(kind, id).filter(r -> !kind.meta(r).deleted())
                .orElseThrow(() -> new RuleViolation("It no longer exists."));
        R after = kind.withMeta(before, kind.meta(before).withDeleted(true, ws.now(), ws.actor()));
        ws.save(kind, before, after);
        return new Applied("deletion of " + kind.describe(before), new SaveRecord<>(kind, before));
    }
}
