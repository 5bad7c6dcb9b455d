package dev.canopy.ui.edit;

import dev.canopy.domain.tenant.IntegrationMappings.Mapping;
import dev.canopy.ui.common.AppIcon;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The Edit tab's "Integration mappings": a table of the mappings in effect (source, external id, own or inherited
 * from which tenant), and under it the fields and buttons that add, change or remove the tenant's own, with the
 * refusal of the last attempt in words.
 */
final class IntegrationMappingsPane extends VBox {

    private static final javafx.css.PseudoClass INHERITED = javafx.css.PseudoClass.getPseudoClass("inherited");
    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 40;

    private final IntegrationMappingsModel model;
    private final TableView<Mapping> table = new TableView<>();
    private final ChangeListener<Mapping> onModelSelection;
    private final ChangeListener<String> onModelSource;
    private final ComboBox<String> source = new ComboBox<>();
    private final TextField externalId = new TextField();
    private final Button add;
    private final Button change;
    private final Button remove;
    private final Label error;

    IntegrationMappingsPane(IntegrationMappingsModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("integration-mappings");

        table.setId("mappingTable");
        table.setAccessibleText("Integration mappings");
        table.setItems(model.rows());
        table.getColumns().add(column("Source", Mapping::source, 90));
        table.getColumns().add(column("External id", Mapping::externalId, 300));
        TableColumn<Mapping, Mapping> origin = new TableColumn<>("From");
        origin.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        origin.setCellFactory(c -> new OriginCell());
        origin.setPrefWidth(292);
        table.getColumns().add(origin);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No mappings here or above. Add one below, e.g. the tenant's PSA company id.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        // one line a row, so rows line up and the table is as tall as its rows (two to five): the fields and buttons
        // under it stay in view at the default window size; a cut "Own, replaces …" is whole in its tooltip
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(2, Math.min(5, table.getItems().size())) + 2, table.getItems()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Mapping mapping, boolean empty) {
                super.updateItem(mapping, empty);
                // inherited rows are muted: they are shown here but changed at the tenant they come from
                pseudoClassStateChanged(INHERITED, !empty && mapping != null && !mapping.own());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        // the model clears its selection after an add, change or remove: the table follows
        onModelSelection = (obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        };
        model.selectedProperty().addListener(onModelSelection);

        source.setItems(model.sourceSuggestions());
        source.setId("mappingSourceField");
        source.setEditable(true);
        source.setPromptText("Source");
        source.setAccessibleText("Source");
        source.setPrefWidth(150);
        source.getEditor().textProperty().bindBidirectional(model.sourceProperty());
        source.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.sourceProperty().set(now);
            }
        });
        // a cleared editor forgets the picked suggestion, so picking it again fills the field again
        onModelSource = (obs, old, now) -> {
            if (now.isEmpty()) {
                source.setValue(null);
            }
        };
        model.sourceProperty().addListener(onModelSource);
        externalId.setId("mappingExternalIdField");
        externalId.setPromptText("External id");
        externalId.setAccessibleText("External id");
        externalId.textProperty().bindBidirectional(model.externalIdProperty());
        externalId.setOnAction(e -> {
            model.add();
            e.consume();  // Enter here adds the mapping; it does not save the form
        });
        HBox.setHgrow(externalId, Priority.ALWAYS);

        add = button("Add", AppIcon.ADD, "mappingAddButton", "Add this mapping");
        add.disableProperty().bind(model.checkingProperty());
        add.setOnAction(e -> model.add());
        change = button("Change", AppIcon.RENAME, "mappingChangeButton", "Change the selected mapping to these values");
        change.disableProperty().bind(model.canChangeBinding().not().or(model.checkingProperty()));
        change.setOnAction(e -> model.change());
        remove = button("Remove", AppIcon.DELETE, "mappingRemoveButton", "Remove the selected mapping");
        remove.disableProperty().bind(model.canChangeBinding().not());
        remove.setOnAction(e -> model.remove());
        HBox editor = new HBox(6, source, externalId, add, change, remove);
        editor.setAlignment(Pos.CENTER_LEFT);

        error = TenantEditView.errorLabel("mappingError", model.errorProperty());

        Label hint = new Label("Select a row to change or remove your own mapping, or to replace an inherited one. A tenant"
                + " without its own mapping for a source uses its nearest ancestor's. Saved with Save.");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);

        setMaxWidth(682);  // as wide as the form's labels and fields together
        getChildren().addAll(table, editor, error, hint);
    }

    /** The view closed: nothing of the model keeps the controls. */
    void dispose() {
        model.selectedProperty().removeListener(onModelSelection);
        model.sourceProperty().removeListener(onModelSource);
        source.getEditor().textProperty().unbindBidirectional(model.sourceProperty());
        externalId.textProperty().unbindBidirectional(model.externalIdProperty());
        add.disableProperty().unbind();
        change.disableProperty().unbind();
        remove.disableProperty().unbind();
        error.textProperty().unbind();
    }

    private static TableColumn<Mapping, String> column(String title, Function<Mapping, String> text, double width) {
        TableColumn<Mapping, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Button button(String text, AppIcon icon, String id, String accessible) {
        Button button = new Button(text, icon.view());
        button.setId(id);
        button.setAccessibleText(accessible);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    /** "Own", "Own, replaces … inherited from …" or "Inherited from …"; the tooltip has it whole when the column cuts it. */
    private static final class OriginCell extends TableCell<Mapping, Mapping> {
        @Override
        protected void updateItem(Mapping mapping, boolean empty) {
            super.updateItem(mapping, empty);
            if (empty || mapping == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(mapping.origin());
            setTooltip(new javafx.scene.control.Tooltip(mapping.origin()));
        }
    }
}
