package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappingRules;
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
        if (changes.externalRefs() != null) {
            after = after.withExternalRefs(checkedMappings(ws, before, changes.externalRefs()));
        }
        if (after.equals(before)) {
            throw new RuleViolation("Nothing to save: no field has changed.");
        }
        ws.saveTenant(before, after.withMeta(before.meta().touched(ws.now(), ws.actor())));
        return new Applied(label(before, after), new UpdateTenant(id, inverseOf(before, after)));
    }

    /**
     * The new own mappings, checked: valid, one per source, and none whose external id another tenant already has for
     * that source (only added or changed ones are looked up: a duplicate from before, say from an import, does not
     * block editing the others). The same list in another order is no change.
     */
    private static List<ExternalRef> checkedMappings(Workspace ws, Tenant before, List<ExternalRef> wanted) {
        List<ExternalRef> refs = IntegrationMappingRules.checkAll(wanted);
        if (new java.util.HashSet<>(refs).equals(new java.util.HashSet<>(before.externalRefs()))) {
            return before.externalRefs();
        }
        refuseTaken(ws, before.id(), IntegrationMappingRules.addedOrChanged(before.externalRefs(), refs));
        return refs;
    }

    /** Refuses the first of these mappings that another live tenant already has (restoring a tenant asks it too). */
    static void refuseTaken(Workspace ws, UUID tenantId, List<ExternalRef> refs) {
        for (ExternalRef ref : refs) {
            java.util.Optional<RuleViolation> taken = IntegrationMappingRules.takenBy(ref, tenantId,
                    ws.tenantsMappedTo(ref.source(), ref.externalId()));
            if (taken.isPresent()) {
                throw taken.get();
            }
        }
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
                before.tags().equals(after.tags()) ? null : List.copyOf(before.tags()),
                before.externalRefs().equals(after.externalRefs()) ? null : before.externalRefs());
    }

    private static String label(Tenant before, Tenant after) {
        TenantChanges diff = inverseOf(before, after);
        if (diff.equals(TenantChanges.move(before.parentId()))) {
            return "move of " + before.name();
        }
        if (diff.equals(TenantChanges.rename(before.name()))) {
            return "rename of " + before.name();
        }
        if (diff.equals(TenantChanges.mappings(before.externalRefs()))) {
            return "integration mappings of " + before.name();
        }
        return "edit of " + after.name();
    }
}
