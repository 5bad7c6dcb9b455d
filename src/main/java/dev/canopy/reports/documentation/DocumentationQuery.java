package dev.canopy.reports.documentation;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Writes a tenant's documentation (optionally with its subtree) from the local store: what every chapter shares is
 * read once, people and computers a slice of tenants at a time, and each chapter goes to the writer as soon as it is
 * made, so memory stays flat however many tenants the document covers.
 */
public final class DocumentationQuery {

    /** Tenants whose people and computers are read together. */
    static final int SLICE = 50;

    /** How far the run is, after each chapter. */
    @FunctionalInterface
    public interface Progress {
        void chapterDone(int done, int total, String tenant);
    }

    /** What was documented: for the status line and the command line's answer. */
    public record Summary(int tenants, int computers) {
    }

    private DocumentationQuery() {
    }

    /**
     * @param zone      the zone the reader sees dates in (last seen, generated at); runs show in their schedule's zone
     * @param cancelled asked between chapters; a cancelled run stops with a {@link CancellationException}
     * @throws RuleViolation (field "tenant") when the tenant is not in the tree (deleted meanwhile)
     */
    public static Summary write(LocalStore store, UUID tenantId, boolean subtree, DocumentWriter writer, Instant now, ZoneId zone,
                                Progress progress, BooleanSupplier cancelled) throws IOException {
        TenantHierarchy hierarchy = store.loadHierarchy();
        TenantNode top = hierarchy.node(tenantId)
                .orElseThrow(() -> new RuleViolation("tenant", RuleViolation.Kind.NOT_FOUND, "That tenant no longer exists."));
        List<UUID> tenants = subtree ? hierarchy.treeOrder(tenantId) : List.of(tenantId);
        Set<UUID> owners = new LinkedHashSet<>(tenants);
        hierarchy.path(tenantId).forEach(n -> owners.add(n.id()));  // what ancestors own reaches down
        List<MaintenanceSchedule> schedules = store.records(ScheduleKind.INSTANCE, owners).stream().filter(s -> !s.deleted()).toList();
        List<Deployment> deployments = store.records(DeploymentKind.INSTANCE, owners).stream().filter(d -> !d.deleted()).toList();
        PreferenceTree preferences = PreferenceTree.of(hierarchy, TenantPreference.index(store.preferences()),
                PreferenceCatalogue.standard().all());
        ChapterBuilder chapters = new ChapterBuilder(hierarchy, preferences, schedules, deployments, now, zone);

        String scope = hierarchy.pathText(tenantId) + (subtree && tenants.size() > 1
                ? " and its " + (tenants.size() - 1) + (tenants.size() == 2 ? " sub-tenant" : " sub-tenants") : "");
        writer.begin(new DocumentHeader("Tenant documentation: " + top.name(), scope, now.atZone(zone),
                tenants.stream().map(hierarchy::pathText).toList()));
        int computers = 0;
        for (int from = 0; from < tenants.size(); from += SLICE) {
            List<UUID> slice = tenants.subList(from, Math.min(tenants.size(), from + SLICE));
            Map<UUID, List<Person>> people = store.records(PersonKind.INSTANCE, slice).stream().collect(Collectors.groupingBy(Person::tenantId));
            Map<UUID, List<Computer>> machines = store.computers(slice, false).stream().collect(Collectors.groupingBy(Computer::tenantId));
            for (int i = 0; i < slice.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("tenant documentation cancelled");
                }
                UUID id = slice.get(i);
                TenantNode node = hierarchy.node(id).orElseThrow();
                List<Computer> own = machines.getOrDefault(id, List.of());
                writer.chapter(chapters.chapter(node, store.tenant(id).orElse(null), people.getOrDefault(id, List.of()), own));
                computers += own.size();
                progress.chapterDone(from + i + 1, tenants.size(), node.name());
            }
        }
        writer.end();
        return new Summary(tenants.size(), computers);
    }
}
