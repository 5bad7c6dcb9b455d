package dev.canopy.ui.preferences;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;

/**
 * The input for one setting's value, fitting its type. It hands back what the technician entered
 * as raw text for {@link dev.canopy.domain.preference.SettingDefinition#parse}, so the setting's
 * type stays the one judge of what is valid and the message at the field is the type's own.
 */
interface ValueEditor {

    /** The control, laid out by the editor pane under "Value". */
    Node node();

    /** What is entered now, in the form the setting's type parses. */
    String raw();

    /** Calls back after every edit (the pane re-checks a value it has refused once). */
    void onEdit(Runnable edited);

    /** Shows the inputs in the danger colour while the message at the field applies to them. */
    void markInvalid(boolean invalid);

    /** A line under the field that says what is accepted ("From 0 to 1440 minutes"), or "". */
    default String hint() {
        return "";
    }

    /** Marks one input with AtlantaFX's danger state. */
    static void danger(Node input, boolean invalid) {
        input.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
    }
}
