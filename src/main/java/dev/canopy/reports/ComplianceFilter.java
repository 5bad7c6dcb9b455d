package dev.canopy.reports;

import dev.canopy.domain.deployment.Enforcement;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which rows a compliance report holds.
 *
 * @param tenantId          the tenant reported on, or null for every tenant (the whole MSP)
 * @param includeSubTenants with a tenant: its sub-tenants' computers too
 * @param software          software names to keep (ignoring case); empty keeps all
 * @param enforcement       keep only deployments with this enforcement; null keeps all
 * @param status            keep compliant rows, non-compliant rows, or both
 */
public record ComplianceFilter(UUID tenantId, boolean includeSubTenants, Set<String> software, Enforcement enforcement,
                               Status status) {

    /** A row's compliance the filter keeps. */
    public enum Status {
        ALL, COMPLIANT, NON_COMPLIANT;

        boolean keeps(boolean compliant) {
            return this == ALL || compliant == (this == COMPLIANT);
        }
    }

    public ComplianceFilter {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (software != null) {
            software.forEach(name -> {
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            });
        }
        software = Collections.unmodifiableSortedSet(names);
        status = status == null ? Status.ALL : status;
    }

    /** Every computer of every tenant, every deployment. */
    public static ComplianceFilter everything() {
        return new ComplianceFilter(null, true, Set.of(), null, Status.ALL);
    }

    public static ComplianceFilter tenant(UUID tenantId, boolean includeSubTenants) {
        return new ComplianceFilter(tenantId, includeSubTenants, Set.of(), null, Status.ALL);
    }

    public ComplianceFilter withSoftware(Collection<String> names) {
        return new ComplianceFilter(tenantId, includeSubTenants, Set.copyOf(names), enforcement, status);
    }

    public ComplianceFilter withEnforcement(Enforcement only) {
        return new ComplianceFilter(tenantId, includeSubTenants, software, only, status);
    }

    public ComplianceFilter withStatus(Status only) {
        return new ComplianceFilter(tenantId, includeSubTenants, software, enforcement, only);
    }

    boolean keepsSoftware(String name) {
        return software.isEmpty() || software.contains(name);
    }

    boolean keepsEnforcement(Enforcement e) {
        return enforcement == null || enforcement == e;
    }
}
