package dev.canopy.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * A form's caption for its input: "_Name" underlines N, and Alt+N moves the focus to the field (the keyboard's way
 * to a field without tabbing through the ones before it).
 */
public final class FieldLabel {

    private FieldLabel() {
    }

    /** The caption (its mnemonic marked with "_") of a field, or of the first focusable control in a box of them. */
    public static Label of(String caption, Node field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setMnemonicParsing(true);
        label.setLabelFor(focusable(field));
        return label;
    }

    private static Node focusable(Node node) {
        if (node.isFocusTraversable() || !(node instanceof Parent parent)) {
            return node;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            Node found = focusable(child);
            if (found.isFocusTraversable()) {
                return found;
            }
        }
        return node;
    }
}
