package dev.canopy.ui.sync;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The confirmations of sync (drop an edit, disconnect, publish, replace the local copy): yes only when the technician says so. */
final class SyncConfirm {

    private SyncConfirm() {
    }

    static boolean ask(Window owner, String id, String header, String text, String yes) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, go, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(header);
        ask.setHeaderText(header);
        ask.getDialogPane().setId(id);
        return ask.showAndWait().filter(go::equals).isPresent();
    }

    /** "Drop …? It is not sent to the server and is undone locally." */
    static boolean drop(Window owner, String what) {
        return ask(owner, "dropPendingDialog", "Drop this edit?",
                "Drop \"" + what + "\"? It is not sent to the server and is undone locally.", "Drop");
    }
}
