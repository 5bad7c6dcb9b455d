package dev.canopy.ui.imports;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

import java.util.ArrayList;
import java.util.List;

/** A wizard step's bindings to its model, each undone when the dialog closes (so no control holds on to the model). */
final class StepBindings {

    private final List<Runnable> undo = new ArrayList<>();

    <T> void both(Property<T> control, Property<T> state) {
        control.bindBidirectional(state);
        undo.add(() -> control.unbindBidirectional(state));
    }

    void text(Labeled control, ObservableStringValue text) {
        control.textProperty().bind(text);
        undo.add(() -> control.textProperty().unbind());
    }

    /** Shown, and given room in its layout, only while the condition holds. */
    void shownWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        undo.add(() -> {
            node.managedProperty().unbind();
            node.visibleProperty().unbind();
        });
    }

    void disabledWhile(Node node, ObservableBooleanValue condition) {
        node.disableProperty().bind(condition);
        undo.add(() -> node.disableProperty().unbind());
    }

    void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
