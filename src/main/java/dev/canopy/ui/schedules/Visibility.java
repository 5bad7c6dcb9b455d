package dev.canopy.ui.schedules;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Shows a node, and gives it room in its layout, only while a condition holds. */
final class Visibility {

    private Visibility() {
    }

    static void bind(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }
}
