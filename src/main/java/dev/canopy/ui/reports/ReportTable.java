package dev.canopy.ui.reports;

import dev.canopy.reports.ComplianceGroup;
import dev.canopy.reports.ComplianceRow;
import dev.canopy.reports.Grouping;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report's groups (with their totals) and, inside each, one row per computer and deployment. */
final class ReportTable extends TreeTableView<ReportTable.Line> {

    /** A group's line (row null) or a row's. */
    record Line(String first, String computer, String software, String wanted, String installed, String verdict, boolean compliant,
                ComplianceRow row) {

        static Line of(ComplianceGroup group, Grouping grouping) {
            String totals = String.format("%,d rows · %,d failing · %.1f%%", group.totals().rows(),
                    group.totals().nonCompliant(), group.totals().percentCompliant());
            String name = group.name();
            int cut = name.indexOf(" › ");
            if (grouping == Grouping.TENANT && cut > 0) {
                name = name.substring(cut + 3);  // every path starts at the MSP: the rest says which tenant
            }
            return new Line(name, "", "", "", "", totals, group.totals().nonCompliant() == 0, null);
        }

        /** Under a tenant's group the tenant goes without saying; under a software's, it says where the computer is. */
        static Line of(ComplianceRow row, Grouping grouping) {
            Line line = of(row);
            return grouping == Grouping.TENANT ? new Line("", line.computer(), line.software(), line.wanted(), line.installed(),
                    line.verdict(), line.compliant(), row) : line;
        }

        static Line of(ComplianceRow row) {
            String wanted = row.desiredState().label() + (row.wantedVersion().isEmpty() ? "" : " " + row.wantedVersion())
                    + " · " + row.enforcement().label();
            String installed = row.installedVersion() == null ? "—" : row.installedVersion().isEmpty() ? "(no version)" : row.installedVersion();
            return new Line(row.tenantName(), row.computerName(), row.software(), wanted, installed,
                    row.compliant() ? "Compliant" : row.reason(), row.compliant(), row);
        }
    }

    ReportTable() {
        setId("complianceTable");
        setShowRoot(false);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No rows: no deployment reaches these computers, or the filters leave none."));
        getColumns().add(column("Tenant / group", Line::first, 220));
        getColumns().add(column("Computer", Line::computer, 120));
        getColumns().add(column("Software", Line::software, 130));
        getColumns().add(column("Wanted", Line::wanted, 160));
        getColumns().add(column("Installed", Line::installed, 100));
        TreeTableColumn<Line, String> verdict = column("Compliant or why not", Line::verdict, 230);
        verdict.setCellFactory(c -> new VerdictCell());
        getColumns().add(verdict);
        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("report-group");
                if (!empty && line != null && line.row() == null) {
                    getStyleClass().add("report-group");
                }
            }
        });
    }

    /** The report rows chosen, a group's line standing for all its rows. */
    List<ComplianceRow> selectedRows() {
        List<ComplianceRow> rows = new ArrayList<>();
        for (TreeItem<Line> item : getSelectionModel().getSelectedItems()) {
            if (item == null || item.getValue() == null) {
                continue;
            }
            if (item.getValue().row() != null) {
                rows.add(item.getValue().row());
            } else {
                item.getChildren().forEach(child -> rows.add(child.getValue().row()));
            }
        }
        return rows;
    }

    private static TreeTableColumn<Line, String> column(String title, Function<Line, String> value, double width) {
        TreeTableColumn<Line, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** "Compliant" quietly, a reason in the danger colour. */
    private static final class VerdictCell extends TreeTableCell<Line, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            getStyleClass().removeAll("danger", "text-muted");
            Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (line != null && line.row() != null) {
                getStyleClass().add(line.compliant() ? "text-muted" : "danger");
            }
        }
    }
}
