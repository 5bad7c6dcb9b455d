package dev.canopy.ui.overview;

import dev.canopy.domain.session.SessionStatus;
import dev.canopy.reports.TenantOverview;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The overview's recent maintenance: computer, tenant, started, duration, status and summary; a row opens its computer. */
final class SessionsTable extends TableView<TenantOverview.SessionLine> {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    SessionsTable(OverviewViewModel model) {
        setId("sessionTable");
        setPrefHeight(300);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No maintenance sessions recorded for this tenant."));
        getColumns().add(column("Computer", TenantOverview.SessionLine::computer, 120));
        getColumns().add(column("Tenant", TenantOverview.SessionLine::tenant, 130));
        getColumns().add(column("Started", s -> STARTED.format(dev.canopy.ui.common.DisplayZone.of(s.started())), 140));
        getColumns().add(column("Duration", s -> duration(s.duration(), s.status()), 95));
        TableColumn<TenantOverview.SessionLine, String> status = column("Status", s -> word(s.status()), 85);
        status.setCellFactory(c -> new StatusCell());
        getColumns().add(status);
        getColumns().add(column("Summary", TenantOverview.SessionLine::summary, 240));
        setRowFactory(t -> {
            TableRow<TenantOverview.SessionLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.openComputer(row.getItem().computerId(), row.getItem().computer());
                }
            });
            row.itemProperty().addListener((obs, old, line) -> row.setTooltip(line == null || line.summary().isEmpty() ? null
                    : new Tooltip(line.summary() + "\nDouble-click to open " + line.computer() + ".")));
            return row;
        });
    }

    void show(List<TenantOverview.SessionLine> lines) {
        getItems().setAll(lines);
    }

    static String duration(Duration d, SessionStatus status) {
        long minutes = Math.max(1, d.toMinutes());
        String text = minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
        return status == SessionStatus.RUNNING ? text + " so far" : text;
    }

    private static String word(SessionStatus status) {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static TableColumn<TenantOverview.SessionLine, String> column(String title, Function<TenantOverview.SessionLine, String> value, double width) {
        TableColumn<TenantOverview.SessionLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Failed in the danger colour, running in the accent, the rest plain. */
    private static final class StatusCell extends TableCell<TenantOverview.SessionLine, String> {
        private static final Set<String> TONES = Set.of("danger", "accent", "text-muted");

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll(TONES);
            setText(empty ? null : text);
            if (!empty && text != null) {
                switch (text) {
                    case "Failed" -> getStyleClass().add("danger");
                    case "Running" -> getStyleClass().add("accent");
                    case "Cancelled" -> getStyleClass().add("text-muted");
                    default -> { }
                }
            }
        }
    }
}
