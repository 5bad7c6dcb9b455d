package dev.canopy.ui.imports;

import dev.canopy.ui.common.AppIcon;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;

/** A wizard step's bindings to its model (and the controls the imports' dialogs share), each undone when the dialog closes (so no control holds on to the model). */
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

    /** The dry run's progress row (a bar, what is being read, Stop), shown while {@code shown} holds. */
    HBox runningRow(String prefix, ObservableStringValue progress, ObservableBooleanValue shown, Runnable stop) {
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(220);
        Label line = new Label();
        line.setId(prefix + "Progress");
        text(line, progress);
        Button button = new Button("_Stop", AppIcon.CANCEL.view());
        button.setId(prefix + "StopButton");
        button.setAccessibleText("Stop the dry run");
        button.setOnAction(e -> stop.run());
        HBox running = new HBox(10, bar, line, button);
        running.setAlignment(Pos.CENTER_LEFT);
        shownWhile(running, shown);
        return running;
    }

    /** A dialog button that acts without closing the dialog. */
    static Button acting(DialogPane pane, ButtonType type, String id, Runnable action) {
        Button button = (Button) pane.lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return button;
    }

    void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
