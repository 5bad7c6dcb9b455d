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
import dev.canopy.domain.tenant.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The undo of a merge: puts every touched record back as it was before, and the source tenant with it; of the
 * destination (listed last in {@code tenants} when the merge gave it mappings) only its mappings.
 */
public record UnmergeTenants(MergeTenants merge, List<Person> people, List<MaintenanceSchedule> schedules,
                             List<Deployment> deployments, List<Tenant> tenants, Map<UUID, UUID> computers) implements Command {

    public UnmergeTenants {
        people = List.copyOf(people);
        schedules = List.copyOf(schedules);
        deployments = List.copyOf(deployments);
        tenants = List.copyOf(tenants);
        computers = Map.copyOf(computers);
    }

    @Override
    public String mutationName() {
        return "tenant.unmerge";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("merge", merge.args());
        args.put("people", people);
        args.put("schedules", schedules);
        args.put("deployments", deployments);
        args.put("tenants", tenants);
        Map<String, String> moved = new LinkedHashMap<>();
        computers.forEach((c, t) -> moved.put(c.toString(), t.toString()));
        args.put("computers", moved);
        return args;
    }

    @Override
    public UUID targetId() {
        return merge.sourceId();
    }

    @Override
    public Applied applyTo(Workspace ws) {
        // the source first: the records that go back to it need it alive
        for (int i = tenants.size() - 1; i >= 0; i--) {
            Tenant was = tenants.get(i);
            Tenant now = ws.tenant(was.id()).orElseThrow();
            if (was.id().equals(merge.destinationId())) {
                // the destination stays as it is now but for the mappings the merge gave it
                ws.saveTenant(now, now.withExternalRefs(was.externalRefs()).withMeta(now.meta().touched(ws.now(), ws.actor())));
                continue;
            }
            // its old slug may have been given to another tenant meanwhile (a pulled one): slugs are local, so take a free one
            Tenant back = was.withName(was.name(), ws.uniqueSlug(was.slug(), was.id()));
            ws.saveTenant(now, back.withMeta(was.meta().touched(ws.now(), ws.actor())));
        }
        restore(ws, PersonKind.INSTANCE, people);
        restore(ws, ScheduleKind.INSTANCE, schedules);
        restore(ws, DeploymentKind.INSTANCE, deployments);
        Map<UUID, List<UUID>> byTenant = new LinkedHashMap<>();
        computers.forEach((computer, tenant) -> byTenant.computeIfAbsent(tenant, k -> new ArrayList<>()).add(computer));
        for (var group : byTenant.entrySet()) {
            ws.moveComputers(group.getKey(), group.getValue(), ws.computerTenants(group.getValue()));
        }
        String source = tenants.stream().filter(t -> t.id().equals(merge.sourceId())).map(Tenant::name).findFirst().orElse("a tenant");
        return new Applied("merge of " + source, merge);
    }

    private static <R> void restore(Workspace ws, RecordKind<R> kind, List<R> records) {
        for (R was : records) {
            R now = ws.find(kind, kind.id(was)).orElse(null);
            ws.save(kind, now, kind.withMeta(was, kind.meta(was).touched(ws.now(), ws.actor())));
        }
    }
}
