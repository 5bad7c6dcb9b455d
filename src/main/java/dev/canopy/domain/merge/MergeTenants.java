package dev.canopy.domain.merge;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappingRules;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Merges a source tenant into a destination: moves its computers, people, schedules, deployments
 * and child tenants, gives the destination the source's integration mappings (see {@link MergePlan}), settles each
 * collision as the technician chose, then deletes the source.
 * One command, one transaction, one undo step that restores the source exactly.
 */
public record MergeTenants(UUID sourceId, UUID destinationId, Map<String, Collision.Choice> decisions) implements Command {

    public MergeTenants {
        decisions = Map.copyOf(decisions);
    }

    @Override
    public String mutationName() {
        return "tenant.merge";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("sourceId", sourceId.toString());
        args.put("destinationId", destinationId.toString());
        Map<String, String> chosen = new LinkedHashMap<>();
        decisions.forEach((k, v) -> chosen.put(k, v.name()));
        args.put("decisions", chosen);
        return args;
    }

    @Override
    public UUID targetId() {
        return sourceId;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        MergePlan plan = MergePlan.of(ws, sourceId, destinationId);
        Snapshot before = new Snapshot();
        Map<UUID, Collision> bySource = new HashMap<>();
        plan.collisions().forEach(c -> bySource.put(c.sourceId(), c));
        String suffix = " (from " + plan.source().name() + ")";

        for (Person p : plan.people()) {
            Collision c = bySource.get(p.id());
            if (settle(ws, c, PersonKind.INSTANCE, p, before)) {
                move(ws, PersonKind.INSTANCE, p, p.withTenantId(destinationId), before);
            }
        }
        for (MaintenanceSchedule s : plan.schedules()) {
            Collision c = bySource.get(s.id());
            MaintenanceSchedule moved = s.withTenantId(destinationId);
            if (c != null && choice(c) == Collision.Choice.KEEP_BOTH_RENAMED) {
                moved = moved.withName(s.name() + suffix);
            }
            if (c == null || choice(c) == Collision.Choice.KEEP_BOTH_RENAMED || settle(ws, c, ScheduleKind.INSTANCE, s, before)) {
                move(ws, ScheduleKind.INSTANCE, s, moved, before);
            }
        }
        for (Deployment d : plan.deployments()) {
            Collision c = bySource.get(d.id());
            if (settle(ws, c, DeploymentKind.INSTANCE, d, before)) {
                move(ws, DeploymentKind.INSTANCE, d, d.withOwner(destinationId), before);
            }
        }
        TenantKind childKind = TenantKind.forChildOf(plan.destination().kind());
        for (Tenant child : plan.children()) {
            Tenant moved = child.withParent(destinationId, childKind);
            if (bySource.containsKey(child.id())) {
                String name = TenantRules.checkName(child.name() + suffix);
                moved = moved.withName(name, ws.uniqueSlug(TenantRules.slugBase(name), child.id()));
            }
            before.tenants.add(child);
            ws.saveTenant(child, moved.withMeta(child.meta().touched(ws.now(), ws.actor())));
        }
        carryMappings(ws, plan, before);
        Map<UUID, UUID> computers = new HashMap<>();
        plan.computers().forEach(id -> computers.put(id, sourceId));
        if (!computers.isEmpty()) {
            ws.moveComputers(destinationId, plan.computers(), computers);
        }
        before.computers.putAll(computers);
        Tenant source = plan.source();
        before.tenants.add(source);
        ws.saveTenant(source, source.withMeta(source.meta().withDeleted(true, ws.now(), ws.actor())));
        return new Applied("merge of " + source.name() + " into " + plan.destination().name(), before.undo(this));
    }

    /**
     * The destination takes the source's mappings it has no source for, and the source's id where the technician
     * chose it; the deleted source keeps its own (an unmerge gives the destination its old ones back first).
     */
    private void carryMappings(Workspace ws, MergePlan plan, Snapshot before) {
        Tenant destination = ws.tenant(destinationId).orElseThrow();
        List<ExternalRef> refs = new ArrayList<>(destination.externalRefs());
        refs.addAll(plan.mappings());
        for (Collision c : plan.collisions()) {
            if (c.kind() == Collision.Kind.MAPPING_SOURCE && choice(c) == Collision.Choice.KEEP_SOURCE) {
                ExternalRef theirs = plan.source().externalRefs().stream().filter(r -> MergePlan.mappingKey(r).equals(c.key())).findFirst()
                        .orElseThrow();
                refs.removeIf(r -> IntegrationMappingRules.sameSource(r.source(), theirs.source()));
                refs.add(theirs);
            }
        }
        List<ExternalRef> after = IntegrationMappingRules.checkAll(refs);
        if (!after.equals(destination.externalRefs())) {
            before.destination = destination;
            ws.saveTenant(destination, destination.withExternalRefs(after).withMeta(destination.meta().touched(ws.now(), ws.actor())));
        }
    }

    private Collision.Choice choice(Collision c) {
        return decisions.getOrDefault(c.key(), c.choices().get(0));
    }

    /** Applies a collision's decision; true when the source's record should still move. */
    private <R> boolean settle(Workspace ws, Collision c, RecordKind<R> kind, R sourceRecord, Snapshot before) {
        if (c == null) {
            return true;
        }
        if (choice(c) == Collision.Choice.KEEP_SOURCE) {
            ws.find(kind, c.destinationId()).ifPresent(d -> remove(ws, kind, d, before));
            return true;
        }
        if (choice(c) == Collision.Choice.KEEP_DESTINATION) {
            remove(ws, kind, sourceRecord, before);
            return false;
        }
        return true;
    }

    private static <R> void remove(Workspace ws, RecordKind<R> kind, R record, Snapshot before) {
        before.add(kind, record);
        ws.save(kind, record, kind.withMeta(record, kind.meta(record).withDeleted(true, ws.now(), ws.actor())));
    }

    private static <R> void move(Workspace ws, RecordKind<R> kind, R record, R moved, Snapshot before) {
        before.add(kind, record);
        ws.save(kind, record, kind.withMeta(moved, kind.meta(record).touched(ws.now(), ws.actor())));
    }

    /** The before-state of everything a merge touched, which is what its undo puts back. */
    private static final class Snapshot {
        final List<Person> people = new ArrayList<>();
        final List<MaintenanceSchedule> schedules = new ArrayList<>();
        final List<Deployment> deployments = new ArrayList<>();
        final List<Tenant> tenants = new ArrayList<>();
        final Map<UUID, UUID> computers = new LinkedHashMap<>();
        /** The destination as it was, when the merge gave it the source's mappings. */
        Tenant destination;

        <R> void add(RecordKind<R> kind, R record) {
            switch (kind.name()) {
                case "person" -> people.add((Person) record);
                case "schedule" -> schedules.add((MaintenanceSchedule) record);
                case "deployment" -> deployments.add((Deployment) record);
                default -> throw new IllegalArgumentException(kind.name());
            }
        }

        UnmergeTenants undo(MergeTenants merge) {
            // the destination last: an unmerge puts tenants back from the last, so it gives up the mappings before the source has them again
            List<Tenant> all = new ArrayList<>(tenants);
            if (destination != null) {
                all.add(destination);
            }
            return new UnmergeTenants(merge, people, schedules, deployments, all, computers);
        }
    }
}
