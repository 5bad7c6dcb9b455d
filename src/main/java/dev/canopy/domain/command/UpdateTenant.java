package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Edits a tenant's fields, including its parent (a move). One command per save, so one undo step
 * and one outbox mutation carrying only the changed fields.
 */
public record UpdateTenant(UUID id, TenantChanges changes) implements Command {

    @Override
    public String mutationName() {
        return "tenant.update";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("id", id.toString());
        args.putAll(changes.asArgs());
        return args;
    }

    @Override
    public UUID targetId() {
        return id;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        Tenant before = TenantLookup.existing(ws, id, null);
        Tenant after = before;
        UUID parentId = changes.parentId() != null ? changes.parentId() : before.parentId();
        boolean moved = !java.util.Objects.equals(parentId, before.parentId());
        if (moved) {
            after = move(ws, before, parentId);
        }
        if (changes.name() != null || moved) {
            String name = changes.name() != null ? TenantRules.checkName(changes.name()) : before.name();
            if (after.parentId() != null) {
                Tenant parent = TenantLookup.existing(ws, after.parentId(), "parent");
                TenantRules.checkUniqueAmongSiblings(name, id, ws.children(parent.id()), parent.name());
            }
            if (!name.equals(before.name())) {
                after = after.withName(name, ws.uniqueSlug(TenantRules.slugBase(name), id));
            }
        }
        if (changes.description() != null) {
            after = after.withDescription(TenantRules.checkDescription(changes.description()));
        }
        if (changes.timeZone() != null) {
            after = after.withTimeZone(TenantRules.checkTimeZone(changes.timeZone()));
        }
        if (changes.tags() != null) {
            after = after.withTags(TenantRules.checkTags(changes.tags()));
        }
        if (after.equals(before)) {
            throw new RuleViolation("Nothing to save: no field has changed.");
        }
        ws.saveTenant(before, after.withMeta(before.meta().touched(ws.now(), ws.actor())));
        return new Applied(label(before, after), new UpdateTenant(id, inverseOf(before, after)));
    }

    private static Tenant move(Workspace ws, Tenant tenant, UUID newParentId) {
        if (tenant.isRoot()) {
            throw new RuleViolation("parent", "The MSP tenant is the root; it cannot be moved.");
        }
        Tenant parent = TenantLookup.existing(ws, newParentId, "parent");
        if (TenantLookup.isSelfOrDescendant(ws, tenant.id(), newParentId)) {
            throw new RuleViolation("parent", parent.id().equals(tenant.id())
                    ? "A tenant cannot be its own parent."
                    : "\"" + parent.name() + "\" is inside \"" + tenant.name() + "\"; a tenant cannot move under its own descendant.");
        }
        return tenant.withParent(newParentId, TenantKind.forChildOf(parent.kind()));
    }

    /** The changes that bring after back to before: only the fields that differ. */
    private static TenantChanges inverseOf(Tenant before, Tenant after) {
        return new TenantChanges(
                before.name().equals(after.name()) ? null : before.name(),
                before.description().equals(after.description()) ? null : before.description(),
                java.util.Objects.equals(before.parentId(), after.parentId()) ? null : before.parentId(),
                before.timeZone().equals(after.timeZone()) ? null : before.timeZone(),
                before.tags().equals(after.tags()) ? null : List.copyOf(before.tags()));
    }

    private static String label(Tenant before, Tenant after) {
        TenantChanges diff = inverseOf(before, after);
        if (diff.equals(TenantChanges.move(before.parentId()))) {
            return "move of " + before.name();
        }
        if (diff.equals(TenantChanges.rename(before.name()))) {
            return "rename of " + before.name();
        }
        return "edit of " + after.name();
    }
}
