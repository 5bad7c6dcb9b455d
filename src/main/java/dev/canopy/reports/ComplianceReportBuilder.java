package dev.canopy.reports;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Compliance;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.SharedResolutions;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Finding;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Works out a compliance report from computers fed one by one (a caller need not hold them all, nor more
 * of their inventory than the deployed software's lines). Effective deployments come from {@link DeploymentResolver}
 * and findings from {@link Compliance}; a resolution is computed once per tenant and set of tags and
 * shared by every computer with both, unless a computer-scoped deployment names the computer.
 * Not thread-safe.
 */
public final class ComplianceReportBuilder {

    private record Place(UUID id, String name, String path, int order, List<UUID> pathIds, boolean optsOut) {
    }

    private final ComplianceFilter filter;
    private final List<Deployment> deployments;
    private final DeploymentIndex index;
    private final Function<String, String> latestVersionOf;
    private final Map<UUID, Place> places = new HashMap<>();
    private final SharedResolutions resolved;
    private final Map<UUID, List<ComplianceRow>> byTenant = new LinkedHashMap<>();
    /** Findings by winner (the same object for every computer it wins on) and installed version. */
    private final Map<Deployment, Map<String, Finding>> findings = new java.util.IdentityHashMap<>();
    private final Map<String, String> keys = new java.util.IdentityHashMap<>();

    /**
     * @param scope           the tenants whose computers are reported, in the order their groups are listed
     * @param deployments     at least every deployment owned by a tenant on the scope's paths
     * @param optsOut         whether a tenant's effective deployment.excludeFromCrossTenant is true
     * @param latestVersionOf the newest version the instance knows of a software (see LatestKnownVersions)
     */
    public ComplianceReportBuilder(TenantHierarchy hierarchy, List<UUID> scope, Collection<Deployment> deployments,
                                   Predicate<UUID> optsOut, Function<String, String> latestVersionOf, ComplianceFilter filter) {
        this.filter = filter;
        this.deployments = List.copyOf(deployments);
        this.index = DeploymentIndex.of(deployments);
        this.resolved = new SharedResolutions(index);
        this.latestVersionOf = latestVersionOf;
        for (UUID id : scope) {
            List<TenantNode> path = hierarchy.path(id);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("tenant " + id + " is not in the hierarchy");
            }
            String pathText = String.join(" › ", path.stream().map(TenantNode::name).toList());
            places.put(id, new Place(id, path.get(path.size() - 1).name(), pathText, places.size(),
                    path.stream().map(TenantNode::id).toList(), optsOut.test(id)));
            byTenant.put(id, new ArrayList<>());
        }
    }

    /** Adds a computer's rows; a computer of a tenant outside the scope is left out. */
    public void add(Computer computer) {
        add(computer.id(), computer.name(), computer.tenantId(), computer.tags(), computer.software());
    }

    /**
     * Adds a computer's rows from what a report needs of it; the inventory may be limited to the software
     * deployed (other lines make no difference). A computer of a tenant outside the scope is left out.
     */
    public void add(UUID computerId, String computerName, UUID tenantId, List<String> tags, List<Software> inventory) {
        Place place = places.get(tenantId);
        if (place == null) {
            return;
        }
        Map<String, Resolution> effective = effective(computerId, tags, place);
        if (effective.isEmpty()) {
            return;
        }
        Map<String, String> installed = Compliance.installedVersions(inventory, this::keyOf);
        List<ComplianceRow> tenantRows = byTenant.get(place.id());
        for (Resolution resolution : effective.values()) {
            Deployment winner = resolution.winner();
            Finding f = finding(winner, installed.get(keyOf(winner.software())));
            if (f.desiredState() == DesiredState.IGNORE || !filter.keepsSoftware(f.software())
                    || !filter.keepsEnforcement(winner.enforcement()) || !filter.status().keeps(f.satisfied())) {
                continue;
            }
            ComplianceRow row = new ComplianceRow(place.id(), place.name(), place.path(), computerId, computerName,
                    winner.software(), winner.desiredState(), winner.version(), winner.enforcement(), f.installedVersion(),
                    f.satisfied(), f.brief(), winner.id());
            tenantRows.add(row);
        }
    }

    /** The software names of every deployment that can reach a computer in the scope: the inventory lines that matter. */
    public Predicate<String> deployedSoftware() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        deployments.forEach(d -> {
            if (d.active() && filter.keepsSoftware(d.software())) {
                names.add(d.software().strip());
            }
        });
        return name -> name != null && names.contains(name.strip());
    }

    /** A software name's key, remembered by the name itself: a fleet read shares one name text between its lines. */
    private String keyOf(String software) {
        return keys.computeIfAbsent(software, Compliance::keyOf);
    }

    /**
     * The finding of a winner against an installed version (null: not installed), worked out once per pair: a fleet
     * has few distinct versions of each software, and every computer with the same one gets the same words.
     */
    private Finding finding(Deployment winner, String installed) {
        return findings.computeIfAbsent(winner, w -> new HashMap<>()).computeIfAbsent(installed,  // HashMap takes a null key
                v -> Compliance.check(winner.software(), winner.desiredState(), winner.version(), installed, latestVersionOf));
    }

    private Map<String, Resolution> effective(UUID computerId, List<String> tags, Place place) {
        return resolved.of(computerId, place.pathIds(), tags, place.optsOut());
    }

    /**
     * The report so far. By tenant: groups in scope order, rows by computer in the order they were fed
     * (the store gives them by name). By software: groups by name ignoring case, rows by tenant in scope
     * order, then as fed.
     */
    public ComplianceReport build(String scopeText, Grouping grouping) {
        List<ComplianceGroup> groups = new ArrayList<>();
        if (grouping == Grouping.TENANT) {
            for (var entry : byTenant.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    groups.add(ComplianceGroup.of(places.get(entry.getKey()).path(), entry.getValue()));
                }
            }
        } else {
            // the tenants' rows in scope order, each tenant's as fed: grouping keeps that order within each software
            TreeMap<String, List<ComplianceRow>> bySoftware = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (List<ComplianceRow> rows : byTenant.values()) {
                for (ComplianceRow row : rows) {
                    bySoftware.computeIfAbsent(row.software(), k -> new ArrayList<>()).add(row);
                }
            }
            for (List<ComplianceRow> rows : bySoftware.values()) {
                groups.add(ComplianceGroup.of(rows.get(0).software(), rows));
            }
        }
        ComplianceTotals totals = new ComplianceTotals(0, 0);
        for (ComplianceGroup g : groups) {
            totals = totals.plus(g.totals());
        }
        return new ComplianceReport(scopeText, filter, grouping, groups, totals);
    }
}
