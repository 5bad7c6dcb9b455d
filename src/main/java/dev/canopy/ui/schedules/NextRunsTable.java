package dev.canopy.ui.schedules;

import dev.canopy.ui.common.AppIcon;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/**
 * The next runs, one row each: in the schedule's zone and in the technician's, each column headed by its zone.
 * A run a clock change moved or merged carries a marker with the reason.
 */
final class NextRunsTable extends TableView<NextRun> {

    NextRunsTable(RunPreview preview) {
        super(preview.runs());
        setId("nextRunsTable");
        getStyleClass().add("next-runs");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(26);
        fitRows(80);
        // Tall enough for every run without a scroll bar, whatever height the two header rows take.
        skinProperty().addListener((obs, old, skin) -> {
            if (lookup(".column-header-background") instanceof Region header) {
                header.heightProperty().addListener((o, was, now) -> fitRows(now.doubleValue()));
            }
        });
        setPlaceholder(new Label("No runs: fix the recurrence above."));
        getColumns().add(group(preview.scheduleZoneTitleProperty(),
                column(preview.scheduleZoneHeaderProperty(), NextRun::inScheduleZone, NextRun::note)));
        getColumns().add(group(new ReadOnlyStringWrapper("Your zone"),
                column(preview.yourZoneHeaderProperty(), NextRun::inYourZone, r -> "")));
        setMaxWidth(640);
    }

    private void fitRows(double headerHeight) {
        double height = headerHeight + getFixedCellSize() * RunPreview.RUNS + 4;
        setPrefHeight(height);
        setMinHeight(height);
        setMaxHeight(height);
    }

    private static TableColumn<NextRun, String> group(ObservableStringValue title, TableColumn<NextRun, String> child) {
        TableColumn<NextRun, String> column = new TableColumn<>();
        column.textProperty().bind(title);
        column.getColumns().add(child);
        column.setReorderable(false);
        return column;
    }

    private static TableColumn<NextRun, String> column(ObservableStringValue title,
                                                       Function<NextRun, String> value, Function<NextRun, String> note) {
        TableColumn<NextRun, String> column = new TableColumn<>();
        column.textProperty().bind(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(250);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                NextRun run = empty || getTableRow() == null ? null : getTableRow().getItem();
                String why = run == null ? "" : note.apply(run);
                setText(empty ? null : item);
                setGraphic(why.isEmpty() ? null : clockChangeIcon());
                setContentDisplay(ContentDisplay.RIGHT);
                setTooltip(why.isEmpty() ? null : new Tooltip(why));
            }
        });
        return column;
    }

    private static Node clockChangeIcon() {
        FontIcon icon = AppIcon.CLOCK_CHANGE.view();
        icon.getStyleClass().add("clock-change");
        return icon;
    }
}
