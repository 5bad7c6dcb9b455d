package dev.canopy.sync;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.tenant.ExternalRef;

import java.util.List;
import java.util.Map;

/** The commands on a tenant and what it holds: create, update, delete, restore, computer reassign, preference set. */
final class TenantMutations {

    private TenantMutations() {
    }

    static void addTo(Map<String, Decoder> decoders) {
        // parentId null is the MSP root, which only an empty store creates; the command refuses it otherwise
        decoders.put("tenant.create", a -> new CreateTenant(a.uuid("id"), a.uuidOrNull("parentId"), a.stringOrNull("name")));
        decoders.put("tenant.update", TenantMutations::update);
        decoders.put("tenant.delete", a -> new DeleteTenant(a.uuid("id")));
        decoders.put("tenant.restore", a -> new RestoreTenant(a.uuid("id")));
        decoders.put("computer.reassign", TenantMutations::reassign);
        decoders.put("preference.set", a -> new SetPreference(a.uuid("tenantId"), a.string("key"),
                a.enumValue("mode", PreferenceMode.class), a.stringOrNull("value")));
    }

    /**
     * Only the changed fields are sent; an absent one is unchanged. A present null is refused rather than read as
     * "unchanged": args() never writes one, and for parentId it could be meant as "move to the top", which is no
     * edit a tenant can have.
     */
    private static UpdateTenant update(WireArgs a) {
        return new UpdateTenant(a.uuid("id"), new TenantChanges(
                a.has("name") ? a.string("name") : null,
                a.has("description") ? a.string("description") : null,
                a.has("parentId") ? a.uuid("parentId") : null,
                a.has("timeZone") ? a.string("timeZone") : null,
                a.has("tags") ? a.strings("tags") : null,
                a.has("externalRefs") ? a.objects("externalRefs").stream()
                        .map(r -> new ExternalRef(r.string("source"), r.string("externalId"))).toList() : null));
    }

    private static ReassignComputers reassign(WireArgs a) {
        List<ReassignComputers.Group> groups = a.objects("groups").stream()
                .map(g -> new ReassignComputers.Group(g.uuid("tenantId"), g.uuids("computerIds")))
                .toList();
        if (groups.isEmpty()) {
            // the command's target is its first group's tenant: without one it has no record to be about
            throw a.refuse("groups", "must hold at least one group");
        }
        return new ReassignComputers(groups);
    }
}
