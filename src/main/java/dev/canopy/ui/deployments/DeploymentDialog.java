package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Create or edit one of the selected tenant's own deployments. OK stays disabled while any field
 * is invalid, with the rule's message under that field (see {@link DeploymentForm}).
 */
final class DeploymentDialog extends Dialog<Deployment> {

    DeploymentDialog(Window owner, DeploymentForm form) {
        initOwner(owner);
        setTitle(form.title());
        setDialogPane(pane(form));
        setResultConverter(button -> button == ButtonType.OK ? form.toSave().orElse(null) : null);
    }

    /** The deployment to save, or empty when cancelled or nothing changed. */
    Optional<Deployment> ask() {
        return showAndWait();
    }

    /** The dialog's content with OK and Cancel; on its own, so a test can mount it without a dialog window. */
    static DialogPane pane(DeploymentForm form) {
        DialogPane pane = new DialogPane();
        pane.setId("deploymentDialog");
        pane.setHeaderText(form.header());
        pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        pane.setContent(new DeploymentEditor(form));
        var ok = pane.lookupButton(ButtonType.OK);
        ok.setId("deploymentOkButton");
        ok.disableProperty().bind(form.validProperty().not());
        // the dialog grows and shrinks with the shown scope fields and messages
        Runnable fit = () -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                pane.getScene().getWindow().sizeToScene();
            }
        };
        form.problemsProperty().addListener((obs, old, now) -> fit.run());
        form.scopeProperty().addListener((obs, old, now) -> fit.run());
        return pane;
    }
}
