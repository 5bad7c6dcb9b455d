package dev.canopy.reports;

import java.io.OutputStream;
import java.util.List;

/**
 * A compliance report as CSV: one line per row, group after group (a spreadsheet's filter or pivot gives the
 * totals back); see {@link SafeCsv} for quoting, formulas and encoding.
 */
public final class ComplianceCsv {

    static final List<String> HEADER = List.of("Tenant", "Computer", "Computer ID", "Software", "Desired state",
            "Wanted version", "Enforcement", "Installed version", "Compliant", "Reason");

    private ComplianceCsv() {
    }

    public static void write(ComplianceReport report, OutputStream out) {
        try (SafeCsv csv = SafeCsv.open(out, HEADER)) {
            for (ComplianceGroup group : report.groups()) {
                for (ComplianceRow row : group.rows()) {
                    csv.row(cells(row));
                }
            }
        }
    }

    static String[] cells(ComplianceRow row) {
        return new String[]{row.tenantPath(), row.computerName(), row.computerId().toString(), row.software(),
                row.desiredState().label(), row.wantedVersion(), row.enforcement().label(), row.installedVersion(),
                row.compliant() ? "yes" : "no", row.reason()};
    }
}
