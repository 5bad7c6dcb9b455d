package dev.canopy.ui.imports;

import dev.canopy.imports.ImportPlan;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.function.Function;

/**
 * The dry run's sections as tables: virtualised, so a plan of 100,000 computers shows as fast as one of ten; each
 * row carries the file's line where it has one, so the technician can find it in the file.
 */
final class PlanTables {

    private PlanTables() {
    }

    static TableView<PlanRows.Added> added() {
        TableView<PlanRows.Added> table = table("importNewTable", "Nothing new: every client, site, computer and person in the file is here already.");
        table.getColumns().add(column("Line", a -> a.line() == 0 ? "" : String.valueOf(a.line()), 60));
        table.getColumns().add(column("New", PlanRows.Added::what, 80));
        table.getColumns().add(column("Name", PlanRows.Added::name, 180));
        table.getColumns().add(column("In", PlanRows.Added::where, 200));
        table.getColumns().add(column("Details", PlanRows.Added::details, 280));
        return table;
    }

    static TableView<PlanRows.Changed> changed() {
        TableView<PlanRows.Changed> table = table("importChangedTable", "No computer or person here changes.");
        table.getColumns().add(column("Line", c -> String.valueOf(c.line()), 60));
        table.getColumns().add(column("Changed", PlanRows.Changed::what, 80));
        table.getColumns().add(column("Name", PlanRows.Changed::name, 140));
        table.getColumns().add(column("In", PlanRows.Changed::where, 140));
        table.getColumns().add(column("Field", PlanRows.Changed::field, 100));
        table.getColumns().add(column("Before", PlanRows.Changed::before, 150));
        table.getColumns().add(column("After", PlanRows.Changed::after, 150));
        return table;
    }

    static TableView<PlanRows.Missing> missing() {
        TableView<PlanRows.Missing> table = table("importMissingTable", "Every computer of the imported clients and sites is in the file.");
        table.getColumns().add(column("Computer (kept)", PlanRows.Missing::computer, 220));
        table.getColumns().add(column("In", PlanRows.Missing::where, 260));
        table.getColumns().add(column("Last seen", PlanRows.Missing::lastSeen, 160));
        return table;
    }

    static TableView<PlanRows.Likely> likely() {
        TableView<PlanRows.Likely> table = table("importLikelyTable", "No name in the file looks like a tenant here written differently.");
        table.getColumns().add(column("Line", l -> String.valueOf(l.line()), 60));
        table.getColumns().add(column("In the file", PlanRows.Likely::inFile, 240));
        table.getColumns().add(column("Likely the same as", PlanRows.Likely::here, 300));
        return table;
    }

    static TableView<ImportPlan.Problem> problems() {
        TableView<ImportPlan.Problem> table = table("importProblemsTable", "Every row can be imported.");
        table.getColumns().add(column("Line", p -> String.valueOf(p.line()), 60));
        table.getColumns().add(column("Why it cannot be imported", ImportPlan.Problem::reason, 700));
        return table;
    }

    static <T> void show(TableView<T> table, List<T> rows) {
        // wraps the plan's list without copying it: the table only reads it
        table.setItems(FXCollections.observableList(rows));
    }

    /** A dense, virtualised table with this id and this line while it is empty (the people import's tables too). */
    static <T> TableView<T> table(String id, String empty) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** A column of text, cut text a tooltip away. */
    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new FullTextCell<>());
        column.setPrefWidth(width);
        return column;
    }

    /** A cell whose whole text is a tooltip away when the column cuts it short (a problem's reason, a long path). */
    private static final class FullTextCell<T> extends TableCell<T, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            boolean cut = !empty && text != null && text.length() > 40;
            tip.setText(cut ? text : "");
            setTooltip(cut ? tip : null);
        }
    }
}
