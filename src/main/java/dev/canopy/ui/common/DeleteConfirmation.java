package dev.canopy.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.util.Optional;

/**
 * Asks before a delete unless the technician turned that off in Settings (undo still brings a deleted record back).
 * Every delete and remove confirmation goes through here.
 */
public final class DeleteConfirmation {

    private static volatile boolean asking = true;

    private DeleteConfirmation() {
    }

    public static void ask(boolean ask) {
        asking = ask;
    }

    public static boolean asking() {
        return asking;
    }

    /** The technician's answer to the question, or {@code yes} at once when deletes are not confirmed. */
    public static Optional<ButtonType> answer(Alert question, ButtonType yes) {
        return asking ? question.showAndWait() : Optional.of(yes);
    }
}
