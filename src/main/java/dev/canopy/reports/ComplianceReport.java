package dev.canopy.reports;

import java.util.List;

/**
 * A compliance report: one row per computer and effective deployment, grouped, with totals per group
 * and overall. Deployments whose winner is IGNORE ask nothing of a computer and make no row.
 *
 * @param scope in words: "All tenants", "Northwind › Alder Dental (with sub-tenants)"
 */
public record ComplianceReport(String scope, ComplianceFilter filter, Grouping grouping, List<ComplianceGroup> groups,
                               ComplianceTotals totals) {

    public ComplianceReport {
        groups = List.copyOf(groups);
    }

    /** Every row, group after group. */
    public List<ComplianceRow> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
