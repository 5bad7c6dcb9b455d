package dev.canopy.sync;

import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.merge.UnmergeTenants;
import dev.canopy.domain.tenant.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A merge of two tenants, and its undo (which carries the whole before-state of what the merge touched). */
final class MergeMutations {

    private MergeMutations() {
    }

    static void addTo(Map<String, Decoder> decoders) {
        decoders.put("tenant.merge", MergeMutations::merge);
        decoders.put("tenant.unmerge", MergeMutations::unmerge);
    }

    /** decisions: collision key ("person:&lt;id&gt;") to the technician's choice; a collision left out takes its default. */
    private static MergeTenants merge(WireArgs a) {
        Map<String, Collision.Choice> decisions = a.entries("decisions", (field, value) -> a.toEnum(field, value, Collision.Choice.class));
        return new MergeTenants(a.uuid("sourceId"), a.uuid("destinationId"), decisions);
    }

    private static UnmergeTenants unmerge(WireArgs a) {
        MergeTenants merge = merge(a.object("merge"));
        List<Tenant> tenants = a.objects("tenants").stream().map(WireRecords::tenant).toList();
        if (tenants.isEmpty()) {
            // the last one is the merged source, which the undo brings back first
            throw a.refuse("tenants", "must hold at least the source tenant");
        }
        // computers: computer id to the tenant it goes back to
        Map<UUID, UUID> computers = new LinkedHashMap<>();
        a.entries("computers", (field, value) -> a.toUuid(field, value))
                .forEach((computer, tenant) -> computers.put(a.toUuid("computers." + computer, computer), tenant));
        return new UnmergeTenants(merge,
                a.objects("people").stream().map(WireRecords::person).toList(),
                a.objects("schedules").stream().map(WireRecords::schedule).toList(),
                a.objects("deployments").stream().map(WireRecords::deployment).toList(),
                tenants, computers);
    }
}
