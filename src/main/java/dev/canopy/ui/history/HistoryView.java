package dev.canopy.ui.history;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** The History tab's content: filters, the audit table and the restore button */
final class HistoryView extends VBox {

    private final TableView<HistoryEntry> table = new TableView<>();
    private final dev.canopy.ui.common.TableLayoutKeeper columnLayout;

    HistoryView(HistoryViewModel model) {
        super(10);
        ComboBox<HistoryViewModel.Scope> scope = new ComboBox<>(FXCollections.observableArrayList(HistoryViewModel.Scope.values()));
        scope.setId("historyScope");
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        ComboBox<HistoryViewModel.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(HistoryViewModel.Kind.values()));
        kind.setId("historyKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DatePicker since = new DatePicker();
        since.setId("historySince");
        since.setPromptText("Since (any date)");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        Button restore = new Button("Restore tenant", AppIcon.REVERT.view());
        restore.setId("restoreTenantButton");
        restore.setTooltip(new Tooltip("Bring back the deleted tenant this entry is about"));
        var selected = table.getSelectionModel().selectedItemProperty();
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().canRestore(), selected));
        restore.setOnAction(e -> model.restore(selected.get(),
                error -> ErrorDialogs.show(getScene().getWindow(), "The tenant was not restored", error)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, scope, kind, since, gap, restore);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(column("When", HistoryEntry::when, 140), column("Who", HistoryEntry::who, 90),
                column("Action", HistoryEntry::action, 120), column("Record", HistoryEntry::record, 150),
                column("Changes", HistoryEntry::changes, 320)));
        table.setPlaceholder(new Label("No changes recorded."));
        table.setItems(model.entries());
        columnLayout = dev.canopy.ui.common.TableLayoutKeeper.keep(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        setPadding(new Insets(12));
    }

    void dispose() {
        columnLayout.dispose();
    }

    private static TableColumn<HistoryEntry, String> column(String title, Function<HistoryEntry, String> value, double width) {
        TableColumn<HistoryEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

