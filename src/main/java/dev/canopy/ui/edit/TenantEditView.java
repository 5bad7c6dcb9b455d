package dev.canopy.ui.edit;

import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.AppIcon;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The Edit tab: a form over {@link TenantEditViewModel} with messages under each field and Save/Revert. */
public final class TenantEditView extends VBox {

    private final TenantEditViewModel model;
    private final GridPane form = new GridPane();
    private final Label title = new Label();
    private final SearchableComboBox<TenantNode> parentPicker = new SearchableComboBox<>();
    private final ComboBox<TenantKind> kindPicker = new ComboBox<>(FXCollections.observableArrayList(TenantKind.values()));
    private final ChangeListener<Object> onOriginal;
    private final IntegrationMappingsPane mappings;
    private int row;

    public TenantEditView(TenantEditViewModel model) {
        this.model = model;
        getStyleClass().add("tenant-edit");
        setSpacing(12);
        setPadding(new Insets(16, 20, 16, 20));
        title.getStyleClass().add("title-3");

        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(560);
        form.getColumnConstraints().addAll(labels, fields);
        form.setHgap(12);
        form.setVgap(2);

        TextField name = new TextField();
        name.setId("nameField");
        name.textProperty().bindBidirectional(model.nameProperty());
        addField("Name", name, "name", null);

        kindPicker.setId("kindField");
        kindPicker.setConverter(dev.canopy.ui.common.ChoiceText.of(k -> k == null ? "" : k.label()));
        kindPicker.valueProperty().bindBidirectional(model.kindProperty());
        addField("Kind", kindPicker, "kind", "Clients sit directly under the MSP; sub-tenants (branches, departments) under a client.");

        parentPicker.setId("parentField");
        parentPicker.setConverter(dev.canopy.ui.common.ChoiceText.of(model::pathOf));
        parentPicker.valueProperty().bindBidirectional(model.parentProperty());
        parentPicker.setMaxWidth(Double.MAX_VALUE);
        // a fixed preferred width: computed, the skin would measure a cell for each of (up to) 10k tenants on every edit
        parentPicker.setPrefWidth(340);
        parentPicker.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                fillChoices();
            }
        });
        addField("Parent", parentPicker, "parent", null);

        SearchableComboBox<String> zonePicker = new SearchableComboBox<>();
        zonePicker.setId("timeZoneField");
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        zones.sort(null);
        zones.add(0, "");
        zonePicker.setItems(FXCollections.observableArrayList(zones));
        zonePicker.setConverter(dev.canopy.ui.common.ChoiceText.of(z -> z == null || z.isEmpty() ? "(inherit)" : z));
        zonePicker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isEmpty() ? "(inherit)" : item);
            }
        });
        zonePicker.valueProperty().bindBidirectional(model.timeZoneProperty());
        zonePicker.setMaxWidth(Double.MAX_VALUE);
        Label inherited = hint(null);
        inherited.textProperty().bind(model.inheritedZoneProperty());
        inherited.visibleProperty().bind(inherited.textProperty().isNotEmpty());
        inherited.managedProperty().bind(inherited.visibleProperty());
        addField("Time zone", zonePicker, "timeZone", inherited);

        TextField tags = new TextField();
        tags.setId("tagsField");
        tags.setPromptText("e.g. managed, dental");
        tags.textProperty().bindBidirectional(model.tagsProperty());
        addField("Tags", tags, "tags", "Separate tags with commas.");

        TextArea description = new TextArea();
        description.setId("descriptionField");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        addField("Description", description, "description", null);

        mappings = new IntegrationMappingsPane(model.mappings());
        addSection("Integration mappings", mappings);

        Button revert = new Button("Revert", AppIcon.REVERT.view());
        revert.setId("revertButton");
        revert.disableProperty().bind(model.dirtyBinding().not());
        revert.setOnAction(e -> model.revert());
        Button save = new Button("Save", AppIcon.SAVE.view());
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.dirtyBinding().not().or(model.validBinding().not()));
        save.setOnAction(e -> model.save(() -> { }));
        // Save and Revert beside the title, outside the scrolling form: reachable however long the form gets
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, revert, save);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setMaxWidth(682);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        onOriginal = (obs, old, now) -> refreshChoices();
        model.originalProperty().addListener(onOriginal);
        refreshChoices();
    }

    public void dispose() {
        model.originalProperty().removeListener(onOriginal);
        mappings.dispose();
    }

    private void refreshChoices() {
        var tenant = model.originalProperty().get();
        title.setText(tenant == null ? "" : "Edit " + tenant.name());
        boolean root = tenant != null && tenant.isRoot();
        // the choices (every tenant but this one's subtree: 10k at full size) are made when the list opens
        choicesStale = true;
        if (parentPicker.isShowing()) {
            fillChoices();
        }
        parentPicker.setDisable(root);
        kindPicker.setDisable(root);
        kindPicker.setItems(FXCollections.observableArrayList(root ? List.of(TenantKind.MSP) : List.of(TenantKind.CLIENT, TenantKind.SUB)));
        model.kindProperty().set(tenant == null ? null : model.kindProperty().get());
        form.setDisable(tenant == null);
    }

    private boolean choicesStale = true;

    private void fillChoices() {
        if (choicesStale) {
            choicesStale = false;
            TenantNode chosen = model.parentProperty().get();
            parentPicker.setItems(FXCollections.observableArrayList(model.parentChoices()));
            model.parentProperty().set(chosen);
        }
    }

    private void addField(String label, Node field, String errorKey, Object hint) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(field);
        VBox cell = new VBox(3, field);
        if (errorKey != null) {
            cell.getChildren().add(errorLabel(errorKey));
        }
        if (hint instanceof String text) {
            cell.getChildren().add(hint(text));
        } else if (hint instanceof Label label1) {
            cell.getChildren().add(label1);
        }
        cell.setPadding(new Insets(0, 0, 8, 0));
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        caption.setPadding(new Insets(6, 0, 0, 0));
        form.add(caption, 0, row);
        form.add(cell, 1, row++);
    }

    /** A part of the form as wide as label and field together, under a caption of its own (a table needs the room). */
    private void addSection(String label, Node section) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(section);
        caption.setPadding(new Insets(6, 0, 4, 0));
        form.add(caption, 0, row++, 2, 1);
        form.add(section, 0, row++, 2, 1);
    }

    private Label errorLabel(String errorKey) {
        return errorLabel(errorKey + "Error", model.errorProperty(errorKey));
    }

    /** A field's message, shown only while there is one. */
    static Label errorLabel(String id, javafx.beans.value.ObservableValue<String> message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        return error;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        return hint;
    }
}
