package dev.canopy.ui.reports;

import dev.canopy.reports.ComplianceGroup;
import dev.canopy.reports.ComplianceReport;
import dev.canopy.reports.ComplianceRow;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the report shown: the system's page setup first, then pages of lines, each page headed by the scope, the
 * filters and the date (and its number), so a printed page says what it is a page of.
 */
final class ReportPrinting {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private static final double LINE = 13;

    private final Window owner;
    private final ComplianceReportViewModel model;

    ReportPrinting(Window owner, ComplianceReportViewModel model) {
        this.owner = owner;
        this.model = model;
    }

    void print() {
        ComplianceReport report = model.reportProperty().get();
        PrinterJob job = report == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            ErrorDialogs.showMessage(owner, "Cannot print", "No printer is set up on this computer. Export to CSV instead, or add a printer and try again.");
            return;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<String> lines = lines(report);
        int perPage = Math.max(10, (int) ((layout.getPrintableHeight() - 4 * LINE * 1.4) / LINE));
        int pages = (lines.size() + perPage - 1) / perPage;
        String printed = PRINTED.format(ZonedDateTime.now());
        for (int page = 0; page < Math.max(1, pages); page++) {
            VBox node = new VBox(1);
            node.setPrefWidth(layout.getPrintableWidth());
            node.getChildren().add(bold("Compliance report — " + report.scope()));
            node.getChildren().add(small(model.filtersText() + " · printed " + printed + " · page " + (page + 1) + " of " + Math.max(1, pages)));
            for (String line : lines.subList(Math.min(lines.size(), page * perPage), Math.min(lines.size(), (page + 1) * perPage))) {
                node.getChildren().add(small(line));
            }
            if (!job.printPage(layout, node)) {
                ErrorDialogs.showMessage(owner, "Printing stopped", "The printer did not take page " + (page + 1) + ".");
                job.cancelJob();
                return;
            }
        }
        job.endJob();
    }

    private static List<String> lines(ComplianceReport report) {
        List<String> out = new ArrayList<>();
        for (ComplianceGroup group : report.groups()) {
            out.add(String.format("%s — %,d rows, %,d non-compliant (%.1f%% compliant)", group.name(), group.totals().rows(),
                    group.totals().nonCompliant(), group.totals().percentCompliant()));
            for (ComplianceRow row : group.rows()) {
                out.add("    " + row.computerName() + "   " + row.software() + "   " + row.desiredState().label()
                        + (row.wantedVersion().isEmpty() ? "" : " " + row.wantedVersion()) + "   "
                        + (row.compliant() ? "compliant" : row.reason()));
            }
        }
        return out;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setFont(Font.font("System", FontWeight.BOLD, 12));
        return label;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.setFont(Font.font("System", 9));
        return label;
    }
}
