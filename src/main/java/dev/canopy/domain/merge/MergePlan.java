package dev.canopy.domain.merge;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentRules;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappingRules;
import dev.canopy.domain.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What merging a source tenant into a destination would move, and what collides. Read from the
 * same workspace the merge runs in, so the preview and the merge agree. The source's integration mappings
 * ({@code mappings}) go to the destination where it has none for their source, so a later import still finds the
 * merged client's records; where both are mapped in one source with different ids, that is a collision.
 */
public record MergePlan(Tenant source, Tenant destination, List<UUID> computers, List<Person> people,
                        List<MaintenanceSchedule> schedules, List<Deployment> deployments, List<Tenant> children,
                        List<Collision> collisions, List<ExternalRef> mappings) {

    public static MergePlan of(Workspace ws, UUID sourceId, UUID destinationId) {
        Tenant source = ws.tenant(sourceId).filter(t -> !t.deleted()).orElseThrow(() -> new RuleViolation("source", "The source tenant no longer exists."));
        Tenant destination = ws.tenant(destinationId).filter(t -> !t.deleted())
                .orElseThrow(() -> new RuleViolation("destination", "The destination tenant no longer exists."));
        if (source.isRoot()) {
            throw new RuleViolation("source", "The MSP tenant cannot be merged into another tenant.");
        }
        if (sourceId.equals(destinationId)) {
            throw new RuleViolation("destination", "Choose a destination other than the source.");
        }
        for (UUID up = destination.parentId(); up != null; up = ws.tenant(up).map(Tenant::parentId).orElse(null)) {
            if (up.equals(sourceId)) {
                throw new RuleViolation("destination", "\"" + destination.name() + "\" is inside \"" + source.name()
                        + "\"; a tenant cannot be merged into its own descendant.");
            }
        }
        List<Person> people = ws.ofTenant(PersonKind.INSTANCE, sourceId);
        List<MaintenanceSchedule> schedules = ws.ofTenant(ScheduleKind.INSTANCE, sourceId);
        List<Deployment> deployments = ws.ofTenant(DeploymentKind.INSTANCE, sourceId);
        List<Tenant> children = ws.children(sourceId);
        List<Collision> collisions = new ArrayList<>();
        for (Person p : people) {
            ws.ofTenant(PersonKind.INSTANCE, destinationId).stream().filter(d -> d.email().equalsIgnoreCase(p.email())).findFirst()
                    .ifPresent(d -> collisions.add(new Collision("person:" + p.id(), Collision.Kind.PERSON_EMAIL,
                            p.displayName() + " and " + d.displayName() + " share " + p.email(), p.id(), d.id())));
        }
        for (MaintenanceSchedule s : schedules) {
            ws.ofTenant(ScheduleKind.INSTANCE, destinationId).stream().filter(d -> d.name().equalsIgnoreCase(s.name())).findFirst()
                    .ifPresent(d -> collisions.add(new Collision("schedule:" + s.id(), Collision.Kind.SCHEDULE_NAME,
                            "Both have a schedule named \"" + s.name() + "\"", s.id(), d.id())));
        }
        for (Deployment dep : deployments) {
            ws.ofTenant(DeploymentKind.INSTANCE, destinationId).stream()
                    .filter(d -> DeploymentRules.sameSlot(d, dep)).findFirst()
                    .ifPresent(d -> collisions.add(new Collision("deployment:" + dep.id(), Collision.Kind.DEPLOYMENT_SOFTWARE,
                            "Both deploy " + dep.software() + " at " + dep.scope().label() + " scope (" + dep.desiredState().label()
                                    + " vs " + d.desiredState().label() + ")", dep.id(), d.id())));
        }
        for (Tenant child : children) {
            ws.children(destinationId).stream().filter(d -> d.name().toLowerCase(Locale.ROOT).equals(child.name().toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(d -> collisions.add(new Collision("tenant:" + child.id(), Collision.Kind.CHILD_TENANT_NAME,
                            "Both have a sub-tenant named \"" + child.name() + "\"", child.id(), d.id())));
        }
        List<ExternalRef> mappings = new ArrayList<>();
        for (ExternalRef ref : source.externalRefs()) {
            destination.externalRefs().stream().filter(d -> IntegrationMappingRules.sameSource(d.source(), ref.source())).findFirst()
                    .ifPresentOrElse(d -> {
                        if (!d.externalId().equals(ref.externalId())) {
                            collisions.add(new Collision(mappingKey(ref), Collision.Kind.MAPPING_SOURCE, "Both are mapped in " + ref.source()
                                    + ": " + source.name() + " as " + ref.externalId() + ", " + destination.name() + " as " + d.externalId(),
                                    sourceId, destinationId));
                        }
                    }, () -> mappings.add(ref));
        }
        return new MergePlan(source, destination, ws.computerIdsOf(sourceId), people, schedules, deployments, children, collisions, mappings);
    }

    /** The key of the collision of two mappings in one source (sources compare ignoring case). */
    static String mappingKey(ExternalRef ref) {
        return "mapping:" + ref.source().toLowerCase(Locale.ROOT);
    }
}
