package dev.canopy.reports;

import java.util.List;

/** How many rows, how many of them compliant. */
public record ComplianceTotals(int rows, int compliant) {

    public static ComplianceTotals of(List<ComplianceRow> rows) {
        int compliant = 0;
        for (ComplianceRow row : rows) {
            if (row.compliant()) {
                compliant++;
            }
        }
        return new ComplianceTotals(rows.size(), compliant);
    }

    public int nonCompliant() {
        return rows - compliant;
    }

    /** Compliant rows in percent, one decimal; 100 when there are no rows (nothing to fix). */
    public double percentCompliant() {
        return rows == 0 ? 100.0 : Math.round(compliant * 1000.0 / rows) / 10.0;
    }

    ComplianceTotals plus(ComplianceTotals other) {
        return new ComplianceTotals(rows + other.rows, compliant + other.compliant);
    }
}
