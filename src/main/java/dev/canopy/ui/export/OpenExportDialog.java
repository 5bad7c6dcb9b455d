package dev.canopy.ui.export;

import dev.canopy.ui.common.AppIcon;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Open a Canopy export": shown when the app was started on an export file. It shows what the file would restore and
 * restores only when Restore is chosen; the dialog stays open to say how it went.
 */
public final class OpenExportDialog extends Dialog<Void> {

    static final ButtonType RESTORE = new ButtonType("_Restore", ButtonBar.ButtonData.OK_DONE);

    public OpenExportDialog(Window owner, OpenExportViewModel model) {
        initOwner(owner);
        setTitle("Open a Canopy export");
        setHeaderText("Restore " + model.file().getFileName() + "?");
        setGraphic(AppIcon.IMPORT.view());
        getDialogPane().setId("openExportDialog");
        getDialogPane().getButtonTypes().addAll(RESTORE, ButtonType.CLOSE);
        VBox content = new VBox(10, label("openExportHeader", model.headerProperty()), label("openExportContents", model.contentsProperty()),
                label("openExportMessage", model.messageProperty()));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        // the lines arrive from the background check after the dialog is shown: grow it to them instead of cutting them to "…"
        model.stateProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));

        Button restore = (Button) getDialogPane().lookupButton(RESTORE);
        restore.disableProperty().bind(model.canRestore().not());
        // Restore runs in the background and the dialog stays to show the result: the button does not close it
        restore.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.restore();
        });
    }

    private static Label label(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);  // all its wrapped lines, never one cut short
        label.textProperty().bind(text);
        return label;
    }

    /** Once the store is open ({@code storeOpen} true), checks the file and shows the prompt (not waiting for it). */
    public static void whenStoreOpen(Window owner, ObservableBooleanValue storeOpen, OpenExportViewModel model) {
        if (storeOpen.get()) {
            model.check();
            new OpenExportDialog(owner, model).show();
            return;
        }
        storeOpen.addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean open) {
                if (open) {
                    storeOpen.removeListener(this);
                    whenStoreOpen(owner, storeOpen, model);
                }
            }
        });
    }
}
