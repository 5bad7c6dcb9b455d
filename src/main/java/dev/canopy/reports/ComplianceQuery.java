package dev.canopy.reports;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.LatestKnownVersions;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.ComputerInventory;
import dev.canopy.store.LocalStore;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what a compliance report needs from the local store and builds it: the tree, the deployments on
 * the scope's paths, the opt-outs from cross-tenant deployments, then the computers with only the deployed
 * software's inventory lines (which also give the newest known versions, counting every computer as the
 * rest of the app does).
 */
public final class ComplianceQuery {

    private static final SettingDefinition OPT_OUT =
            PreferenceCatalogue.standard().find("deployment.excludeFromCrossTenant").orElseThrow();

    private ComplianceQuery() {
    }

    /** @throws RuleViolation (field "tenant") when the filter's tenant is not in the tree (deleted meanwhile) */
    public static ComplianceReport run(LocalStore store, ComplianceFilter filter, Grouping grouping) {
        TenantHierarchy hierarchy = store.loadHierarchy();
        Optional<TenantNode> top = filter.tenantId() == null ? hierarchy.root() : hierarchy.node(filter.tenantId());
        if (top.isEmpty()) {
            if (filter.tenantId() == null) {
                return new ComplianceReportBuilder(hierarchy, List.of(), List.of(), t -> false, s -> null, filter)
                        .build("All tenants", grouping);
            }
            throw new RuleViolation("tenant", RuleViolation.Kind.NOT_FOUND, "That tenant no longer exists.");
        }
        boolean subtree = filter.tenantId() == null || filter.includeSubTenants();
        List<UUID> scope = subtree ? hierarchy.treeOrder(top.get().id()) : List.of(top.get().id());
        Set<UUID> owners = new LinkedHashSet<>(scope);
        hierarchy.path(top.get().id()).forEach(n -> owners.add(n.id()));  // ancestors' deployments reach down

        PreferenceTree optOut = PreferenceTree.of(hierarchy, TenantPreference.index(store.preferences()), List.of(OPT_OUT));
        // filled by the scan, before any computer is added: the newest version of each deployed software
        LatestKnownVersions latest = new LatestKnownVersions();
        ComplianceReportBuilder builder = new ComplianceReportBuilder(hierarchy, scope,
                store.records(DeploymentKind.INSTANCE, owners),
                tenant -> Boolean.parseBoolean(optOut.effective(tenant, OPT_OUT.key()).value()), latest, filter);
        List<ComputerInventory> computers = store.fleet().computerInventories(subtree && filter.tenantId() == null ? null : new HashSet<>(scope),
                builder.deployedSoftware(), latest::add);
        for (ComputerInventory c : computers) {
            builder.add(c.id(), c.name(), c.tenantId(), c.tags(), c.software());
        }
        String scopeText = filter.tenantId() == null ? "All tenants"
                : hierarchy.pathText(top.get().id()) + (filter.includeSubTenants() ? " (with sub-tenants)" : "");
        return builder.build(scopeText, grouping);
    }
}
