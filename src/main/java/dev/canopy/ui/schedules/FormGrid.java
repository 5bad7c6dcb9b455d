package dev.canopy.ui.schedules;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The schedule form's layout: captions on the left, fields on the right with each field's message and hint
 * under it, titled sections between. Remembers its inputs so they can be disabled together.
 */
final class FormGrid extends GridPane {

    private final Function<String, ObservableStringValue> errorOf;
    private final List<Node> inputs = new ArrayList<>();
    private int row;

    /** {@code errorOf} gives the message of a field named as in {@link FormMessages#FIELDS}. */
    FormGrid(Function<String, ObservableStringValue> errorOf) {
        this.errorOf = errorOf;
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(118);
        captions.setPrefWidth(118);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(600);
        getColumnConstraints().addAll(captions, fields);
        setHgap(12);
        setVgap(2);
    }

    void section(String title) {
        Label label = new Label(title);
        label.getStyleClass().addAll("title-4", "schedule-section");
        VBox box = new VBox(4, new Separator(), label);
        box.setPadding(new Insets(8, 0, 4, 0));
        wide(box);
    }

    /** A row across both columns. */
    void wide(Node node) {
        GridPane.setColumnSpan(node, 2);
        add(node, 0, row++);
    }

    /**
     * A captioned row: the field, then the message of {@code errorField} when it has one (a label with id
     * "schedule" + ErrorField + "Error"), then the hint, if any.
     */
    void field(String caption, Node field, String errorField, Node hint) {
        if (field instanceof Control && !(field instanceof Label) && !inputs.contains(field)) {
            inputs.add(field);
        }
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        VBox cell = new VBox(3, field);
        if (errorField != null) {
            Label error = new Label();
            error.setId("schedule" + Character.toUpperCase(errorField.charAt(0)) + errorField.substring(1) + "Error");
            error.getStyleClass().add("field-error");
            error.textProperty().bind(errorOf.apply(errorField));
            error.setWrapText(true);
            Visibility.bind(error, error.textProperty().isNotEmpty());
            cell.getChildren().add(error);
        }
        if (hint != null) {
            cell.getChildren().add(hint);
        }
        cell.setPadding(new Insets(0, 0, 8, 0));
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        add(label, 0, row);
        add(cell, 1, row++);
    }

    /** Controls inside a composite field, to be disabled with the others. */
    void inputs(Node... controls) {
        inputs.addAll(Arrays.asList(controls));
    }


    void disableInputsWhile(ObservableBooleanValue condition) {
        inputs.forEach(input -> input.disableProperty().bind(condition));
    }

    /** A hint that follows a text and hides while it is empty. */
    static Label hint(String id, ObservableStringValue text) {
        Label hint = new Label();
        if (id != null) {
            hint.setId(id);
        }
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(text);
        Visibility.bind(hint, hint.textProperty().isNotEmpty());
        return hint;
    }

    static Label hint(String text) {
        return hint(null, new ReadOnlyStringWrapper(text));
    }
}
