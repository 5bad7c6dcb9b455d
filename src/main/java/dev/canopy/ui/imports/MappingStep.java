package dev.canopy.ui.imports;

import atlantafx.base.theme.Styles;
import dev.canopy.imports.ImportField;
import dev.canopy.imports.ImportPreset;
import dev.canopy.imports.SourceDates;
import dev.canopy.ui.common.AppIcon;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 1, "Columns": the file and the export it was recognised as, the preset and source, then one row per field with
 * the column it is read from and what that column holds in the first rows; the mapping's problem under the fields.
 */
final class MappingStep extends VBox {

    private static final String NOT_MAPPED = "";

    private final MappingModel model;
    private final StepBindings bindings = new StepBindings();

    MappingStep(MappingModel model) {
        super(10);
        this.model = model;
        setId("importMappingStep");
        Label file = new Label(model.file().description());
        file.setId("importFileLabel");
        file.getStyleClass().add(Styles.TEXT_BOLD);
        Label recognised = new Label(model.recognised(), (model.file().preset().isPresent() ? AppIcon.IMPORT : AppIcon.WHY).view());
        recognised.setId("importRecognised");

        ComboBox<ImportPreset> preset = new ComboBox<>(FXCollections.observableArrayList(model.presets()));
        preset.getItems().add(0, null);
        preset.setId("importPreset");
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportPreset p) {
                return p == null ? "None: map the columns yourself" : p.name();
            }

            @Override
            public ImportPreset fromString(String text) {
                return null;
            }
        });
        bindings.both(preset.valueProperty(), model.presetProperty());
        TextField source = new TextField();
        source.setId("importSourceField");
        source.setPromptText("e.g. connectwise");
        source.setPrefColumnCount(18);
        source.setMaxWidth(Region.USE_PREF_SIZE);
        bindings.both(source.textProperty(), model.sourceProperty());
        bindings.disabledWhile(source, model.presetProperty().isNotNull());
        Label sourceError = error("importSourceError", model.sourceErrorProperty());
        Label sourceHint = hint("The system the file's ids belong to; a preset sets it.");
        bindings.shownWhile(sourceHint, model.sourceErrorProperty().isEmpty());

        // preset and source side by side, so the twelve fields below get the height
        GridPane top = new GridPane();
        top.setHgap(10);
        top.setVgap(4);
        top.addRow(0, labelFor("_Preset:", preset), preset, labelFor("_Source:", source), source);
        top.add(new VBox(sourceHint, sourceError), 3, 1);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        top.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(), grow);
        HBox heading = new HBox(16, file, recognised);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        CheckBox save = new CheckBox();
        save.setId("importSaveMapping");
        save.setMnemonicParsing(false);
        bindings.both(save.selectedProperty(), model.saveMappingProperty());
        bindings.text(save, model.saveTextProperty());

        ScrollPane fields = new ScrollPane(fieldGrid());
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(370);
        VBox.setVgrow(fields, Priority.ALWAYS);
        Label mappingError = error("importMappingError", model.mappingErrorProperty());
        Label prefill = hint("");
        prefill.setId("importPrefillNote");
        bindings.text(prefill, model.prefillNoteProperty());
        bindings.shownWhile(prefill, model.prefillNoteProperty().isNotEmpty());
        getChildren().addAll(heading, top, fields, dateRow(), mappingError, prefill, save);
        setPadding(new Insets(4, 0, 0, 0));
    }

    /** Field, column, first rows: one row per field, required ones marked. */
    private GridPane fieldGrid() {
        GridPane grid = new GridPane();
        grid.setId("importFields");
        grid.setHgap(12);
        grid.setVgap(2);
        grid.setPadding(new Insets(6, 10, 6, 2));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints chosen = new ColumnConstraints(200);
        ColumnConstraints samples = new ColumnConstraints();
        samples.setHgrow(Priority.ALWAYS);
        samples.setMinWidth(120);
        grid.getColumnConstraints().addAll(labels, chosen, samples);
        grid.addRow(0, heading("Field (* required)"), heading("Column in the file"), heading("In the first rows"));
        List<String> choices = new ArrayList<>();
        choices.add(NOT_MAPPED);
        choices.addAll(model.fileColumns());
        int row = 1;
        for (ImportField field : ImportField.values()) {
            ComboBox<String> column = new ComboBox<>(FXCollections.observableArrayList(choices));
            column.setId("column-" + field.name());
            column.setMaxWidth(Double.MAX_VALUE);
            column.setMinHeight(30);  // the twelve fields fit the dialog's default size without scrolling
            column.setPrefHeight(30);
            column.setVisibleRowCount(12);
            column.setConverter(new StringConverter<>() {
                @Override
                public String toString(String name) {
                    return name == null || name.isEmpty() ? "Not in the file" : name;
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            column.setAccessibleText(field.label() + ": column");
            bindings.both(column.valueProperty(), model.columnProperty(field));
            Label name = new Label(field.label() + (field.required() ? " *" : ""));
            name.setLabelFor(column);
            if (field.required()) {
                name.getStyleClass().add(Styles.TEXT_BOLD);
            }
            Label sample = new Label();
            sample.setId("sample-" + field.name());
            sample.getStyleClass().add(Styles.TEXT_MUTED);
            bindings.text(sample, model.sampleProperty(field));
            GridPane.setHalignment(name, HPos.LEFT);
            grid.addRow(row++, name, column, sample);
        }
        return grid;
    }

    /** How dates like 03/04/2026 read: shown only when the last-seen column holds such dates. */
    private Node dateRow() {
        ChoiceBox<SourceDates.Order> order = new ChoiceBox<>(FXCollections.observableArrayList(SourceDates.Order.values()));
        order.setId("importDateOrder");
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceDates.Order o) {
                return o == null ? "" : switch (o) {
                    case MONTH_FIRST -> "Month first (US: 11/30/2026)";
                    case DAY_FIRST -> "Day first (30/11/2026)";
                    case AMBIGUOUS -> "Not sure: dates that could be either are problems";
                };
            }

            @Override
            public SourceDates.Order fromString(String text) {
                return null;
            }
        });
        bindings.both(order.valueProperty(), model.dateOrderProperty());
        HBox row = new HBox(10, labelFor("_Last seen dates like 03/04/2026:", order), order);
        row.setId("importDateRow");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bindings.shownWhile(row, model.datesMatterProperty());
        return row;
    }

    /** The dialog closed: the controls let go of the model. */
    void dispose() {
        bindings.dispose();
    }

    private Label error(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);  // a wrapping label in a VBox is cut to one line otherwise
        bindings.text(label, text);
        bindings.shownWhile(label, Bindings.isNotEmpty(text));
        return label;
    }

    static Label labelFor(String text, Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
