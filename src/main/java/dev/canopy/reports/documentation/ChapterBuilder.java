package dev.canopy.reports.documentation;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.domain.deployment.SharedResolutions;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.schedule.InheritedSchedules;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One tenant's chapter from what the run read once for all tenants (tree, preferences, the schedules and
 * deployments owned on the documented tenants' paths) and what it read for this slice (people, computers).
 */
final class ChapterBuilder {

    private final TenantHierarchy hierarchy;
    private final PreferenceTree preferences;
    private final List<MaintenanceSchedule> schedules;
    private final List<Deployment> deployments;
    private final SharedResolutions resolutions;
    private final Instant now;
    private final ZoneId zone;
    private final Function<UUID, String> tenantName;

    ChapterBuilder(TenantHierarchy hierarchy, PreferenceTree preferences, List<MaintenanceSchedule> schedules, List<Deployment> deployments,
                   Instant now, ZoneId zone) {
        this.hierarchy = hierarchy;
        this.preferences = preferences;
        this.schedules = schedules;
        this.deployments = deployments;
        this.resolutions = new SharedResolutions(dev.canopy.domain.deployment.DeploymentIndex.of(deployments));
        this.now = now;
        this.zone = zone;
        this.tenantName = id -> hierarchy.node(id).map(TenantNode::name).orElse("a tenant outside this copy");
    }

    TenantChapter chapter(TenantNode node, Tenant record, List<Person> people, List<Computer> computers) {
        List<TenantNode> path = hierarchy.path(node.id());
        List<UUID> pathIds = path.stream().map(TenantNode::id).toList();
        String tenantZone = TenantNode.effectiveTimeZone(path);
        boolean optsOut = Boolean.parseBoolean(preferences.effective(node.id(), PreferenceCatalogue.EXCLUDE_FROM_CROSS_TENANT.key()).value());
        List<Map<String, Resolution>> effective = new ArrayList<>(computers.size());
        for (Computer c : computers) {
            effective.add(resolutions.of(c.id(), pathIds, c.tags(), optsOut));
        }
        List<DocSection> sections = List.of(
                PreferenceSection.of(preferences, node.id(), tenantName),
                ScheduleSection.of(InheritedSchedules.forTenant(pathIds, schedules), tenantZone, now, tenantName),
                DeploymentSection.of(DeploymentResolver.reaching(node.id(), pathIds, deployments, optsOut), effective, tenantName),
                PeopleSection.of(people),
                ComputerSection.of(computers, now, zone));
        return new TenantChapter(node.name(), hierarchy.pathText(node.id()), facts(node, record, path), sections);
    }

    private List<TenantChapter.Fact> facts(TenantNode node, Tenant record, List<TenantNode> path) {
        List<TenantChapter.Fact> facts = new ArrayList<>();
        facts.add(new TenantChapter.Fact("Kind", node.kind().label() + (record != null && !record.active() ? " (inactive)" : "")));
        facts.add(new TenantChapter.Fact("Time zone", zone(node, path)));
        if (record != null && !record.description().isBlank()) {
            facts.add(new TenantChapter.Fact("Description", record.description()));
        }
        if (record != null && !record.tags().isEmpty()) {
            facts.add(new TenantChapter.Fact("Tags", String.join(", ", record.tags())));
        }
        if (record != null && !record.externalRefs().isEmpty()) {
            facts.add(new TenantChapter.Fact("Integrations", record.externalRefs().stream()
                    .map(r -> r.source() + " " + r.externalId()).collect(Collectors.joining(", "))));
        }
        List<TenantNode> children = hierarchy.children(node.id());
        facts.add(new TenantChapter.Fact("Sub-tenants", children.isEmpty() ? "None"
                : children.size() + ": " + children.stream().map(TenantNode::name).collect(Collectors.joining(", "))));
        int below = hierarchy.subtreeComputers(node.id());
        facts.add(new TenantChapter.Fact("Computers", ScheduleSection.count(node.computers(), "computer") + " of its own"
                + (below > node.computers() ? ", " + below + " with its sub-tenants" : "")));
        return facts;
    }

    private static String zone(TenantNode node, List<TenantNode> path) {
        if (node.timeZone() != null && !node.timeZone().isEmpty()) {
            return node.timeZone() + " (set here)";
        }
        return TenantNode.timeZoneSource(path).map(source -> source.timeZone() + " (inherited from " + source.name() + ")")
                .orElse("UTC (no tenant on its path sets a time zone)");
    }
}
