package dev.canopy.domain.reassign;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Compliance;
import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.domain.preference.Effective;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.InheritedSchedules;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What reassigning computers to a tenant would change, before anything changes: deployments gained
 * and lost, the schedules and time zone that will apply, preferences whose effective value changes,
 * and computers that become non-compliant.
 */
public record ReassignPreview(UUID targetTenantId,
                              int computers,
                              List<DeploymentChange> gained,
                              List<DeploymentChange> lost,
                              List<AppliedSchedule> schedulesAfter,
                              String timeZoneAfter,
                              Set<String> timeZonesBefore,
                              List<PreferenceChange> preferenceChanges,
                              List<String> becomingNonCompliant) {

    /** A deployment that starts or stops applying to some of the computers. */
    public record DeploymentChange(Deployment deployment, int computers) {
    }

    /** A setting whose effective value differs for computers coming from one tenant. */
    public record PreferenceChange(SettingDefinition setting, String fromTenant, String before, String after) {
    }

    /** The data a preview reads; the caller loads it (deployments and schedules of every tenant on the paths involved). */
    public record Inputs(TenantHierarchy hierarchy, Collection<Computer> computers, Collection<Deployment> deployments,
                         List<MaintenanceSchedule> schedules, Map<UUID, Map<String, TenantPreference>> preferences,
                         Function<String, String> latestVersionOf) {
    }

    private static final String OPT_OUT = "deployment.excludeFromCrossTenant";

    public static ReassignPreview of(Inputs in, UUID target) {
        TenantHierarchy h = in.hierarchy();
        PreferenceTree preferences = PreferenceTree.of(h, in.preferences(), PreferenceCatalogue.standard().all());
        DeploymentIndex index = DeploymentIndex.of(in.deployments());
        List<UUID> targetPath = path(h, target);
        Map<UUID, Integer> gained = new LinkedHashMap<>();
        Map<UUID, Integer> lost = new LinkedHashMap<>();
        Map<UUID, Deployment> byId = new LinkedHashMap<>();
        in.deployments().forEach(d -> byId.put(d.id(), d));
        List<String> nonCompliant = new ArrayList<>();
        Set<UUID> sources = new LinkedHashSet<>();
        Set<String> zonesBefore = new LinkedHashSet<>();
        for (Computer computer : in.computers()) {
            sources.add(computer.tenantId());
            zonesBefore.add(zone(h, computer.tenantId()));
            Map<String, Resolution> before = resolve(computer, path(h, computer.tenantId()), preferences, index);
            Map<String, Resolution> after = resolve(computer, targetPath, preferences, index);
            count(before, after, lost);
            count(after, before, gained);
            boolean wasCompliant = Compliance.evaluate(computer.software(), before, in.latestVersionOf()).compliant();
            if (wasCompliant && !Compliance.evaluate(computer.software(), after, in.latestVersionOf()).compliant()) {
                nonCompliant.add(computer.name());
            }
        }
        List<PreferenceChange> changes = new ArrayList<>();
        for (UUID source : sources) {
            if (source.equals(target)) {
                continue;
            }
            for (SettingDefinition setting : PreferenceCatalogue.standard().all()) {
                Effective was = preferences.effective(source, setting.key());
                Effective will = preferences.effective(target, setting.key());
                if (!Objects.equals(was.value(), will.value())) {
                    changes.add(new PreferenceChange(setting, name(h, source), setting.display(was.value()), setting.display(will.value())));
                }
            }
        }
        return new ReassignPreview(target, in.computers().size(), changes(gained, byId), changes(lost, byId),
                InheritedSchedules.forTenant(targetPath, in.schedules()), zone(h, target), zonesBefore, changes, nonCompliant);
    }

    /** Counts, per winning deployment in "mine", the computers for which "other" has a different (or no) winner. */
    private static void count(Map<String, Resolution> mine, Map<String, Resolution> other, Map<UUID, Integer> counts) {
        for (var entry : mine.entrySet()) {
            Resolution there = other.get(entry.getKey());
            Deployment winner = entry.getValue().winner();
            if (there == null || !there.winner().id().equals(winner.id())) {
                counts.merge(winner.id(), 1, Integer::sum);
            }
        }
    }

    private static List<DeploymentChange> changes(Map<UUID, Integer> counts, Map<UUID, Deployment> byId) {
        return counts.entrySet().stream().map(e -> new DeploymentChange(byId.get(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(c -> c.deployment().software(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Map<String, Resolution> resolve(Computer computer, List<UUID> path, PreferenceTree preferences, DeploymentIndex index) {
        ComputerContext context = ComputerContext.of(computer.id(), path, computer.tags(),
                tenant -> Boolean.parseBoolean(preferences.effective(tenant, OPT_OUT).value()));
        return DeploymentResolver.resolve(context, index);
    }

    private static List<UUID> path(TenantHierarchy h, UUID tenant) {
        return h.path(tenant).stream().map(TenantNode::id).toList();
    }

    private static String zone(TenantHierarchy h, UUID tenant) {
        String zone = TenantNode.effectiveTimeZone(h.path(tenant));
        return zone.isEmpty() ? "UTC" : zone;
    }

    private static String name(TenantHierarchy h, UUID tenant) {
        return h.node(tenant).map(TenantNode::name).orElse("?");
    }

    public boolean changesNothing() {
        return gained.isEmpty() && lost.isEmpty() && preferenceChanges.isEmpty() && becomingNonCompliant.isEmpty()
                && timeZonesBefore.equals(Set.of(timeZoneAfter));
    }
}
