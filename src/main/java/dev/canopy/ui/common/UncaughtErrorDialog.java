package dev.canopy.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The readable face of an uncaught error: a few sentences (bound to the view model, so repeats show as a count while it
 * is open), "Copy details" for the full report on the clipboard, and Close. Not modal: the app goes on behind it.
 */
public final class UncaughtErrorDialog {

    static final ButtonType COPY = new ButtonType("_Copy details", ButtonBar.ButtonData.LEFT);

    private UncaughtErrorDialog() {
    }

    public static void show(Window owner, UncaughtErrorViewModel model) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", COPY, ButtonType.CLOSE);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle("Canopy — something went wrong");
        alert.setHeaderText("Something went wrong");
        alert.contentTextProperty().bind(model.messageProperty());
        alert.getDialogPane().setId("uncaughtErrorDialog");
        alert.getDialogPane().setMinWidth(480);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("copyErrorDetails");
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();  // copying keeps the dialog open
            ClipboardContent content = new ClipboardContent();
            content.putString(model.details());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        alert.setOnHidden(event -> {
            alert.contentTextProperty().unbind();
            model.closed();
        });
        alert.show();
    }
}
