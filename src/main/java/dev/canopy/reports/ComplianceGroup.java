package dev.canopy.reports;

import java.util.List;

/**
 * The rows of one tenant or one software, with their totals.
 *
 * @param name the tenant's path ("Northwind › Alder Dental") or the software's name
 */
public record ComplianceGroup(String name, ComplianceTotals totals, List<ComplianceRow> rows) {

    public ComplianceGroup {
        rows = List.copyOf(rows);
    }

    static ComplianceGroup of(String name, List<ComplianceRow> rows) {
        return new ComplianceGroup(name, ComplianceTotals.of(rows), rows);
    }
}
