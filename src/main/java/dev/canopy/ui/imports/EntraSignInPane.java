package dev.canopy.ui.imports;

import atlantafx.base.theme.Styles;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.imports.EntraSignInViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Entra dialog's sign-in controls: "Sign in…" beside the token, the app registration's client id and the
 * directory, and while waiting the page and code (selectable, "Copy code") with progress and Cancel. Its bindings
 * are the dialog's, so they are undone when it closes.
 */
final class EntraSignInPane {

    private final EntraSignInViewModel model;
    private final StepBindings bindings;

    EntraSignInPane(EntraSignInViewModel model, StepBindings bindings) {
        this.model = model;
        this.bindings = bindings;
    }

    /** "Sign in…", for beside the token field. */
    Button button() {
        Button signIn = new Button("Sign _in…");
        signIn.setId("entraSignIn");
        signIn.setMnemonicParsing(true);
        signIn.setAccessibleText("Sign in to Entra ID with a code instead of pasting a token");
        signIn.setOnAction(e -> model.signIn());
        bindings.disabledWhile(signIn, model.canSignInProperty().not());
        return signIn;
    }

    /** The client id and the directory, side by side. */
    Node settings() {
        TextField clientId = EntraImportDialog.field("entraClientId", "Application (client) id of your app registration");
        bindings.both(clientId.textProperty(), model.clientIdProperty());
        TextField directory = EntraImportDialog.field("entraDirectory", "Directory id or domain (blank: the account's own)");
        bindings.both(directory.textProperty(), model.directoryProperty());
        Label in = new Label("in");
        HBox row = new HBox(8, clientId, in, directory);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(clientId, Priority.ALWAYS);
        HBox.setHgrow(directory, Priority.ALWAYS);
        bindings.disabledWhile(row, model.stateProperty().isEqualTo(State.WAITING));
        return row;
    }

    /** While waiting: "Open [page] and enter [code] [Copy code]", the progress line and Cancel; after: how it ended. */
    Node status() {
        TextField url = selectable("entraSignInUrl");
        url.textProperty().bind(model.urlProperty());
        TextField code = selectable("entraSignInCode");
        code.textProperty().bind(model.codeProperty());
        code.getStyleClass().add(Styles.TEXT_BOLD);
        code.setPrefColumnCount(12);
        Button copy = new Button("_Copy code");
        copy.setId("entraCopyCode");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.codeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox codeRow = new HBox(8, new Label("Open"), url, new Label("and enter the code"), code, copy);
        codeRow.setId("entraSignInCodeRow");
        codeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(url, Priority.ALWAYS);
        bindings.shownWhile(codeRow, Bindings.isNotEmpty(model.codeProperty()));

        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        BooleanBinding waiting = model.stateProperty().isEqualTo(State.WAITING);
        bindings.shownWhile(spinner, waiting);
        Label line = new Label();
        line.setId("entraSignInProgress");
        line.setWrapText(true);
        line.getStyleClass().add(Styles.TEXT_MUTED);
        bindings.text(line, model.progressProperty());
        Button cancel = new Button("Cancel sign-in", AppIcon.CANCEL.view());
        cancel.setId("entraCancelSignIn");
        cancel.setOnAction(e -> model.cancel());
        bindings.shownWhile(cancel, waiting);
        HBox progressRow = new HBox(8, spinner, line, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        bindings.shownWhile(progressRow, Bindings.isNotEmpty(model.progressProperty()));

        Label error = new Label();
        error.setId("entraSignInError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        bindings.text(error, model.errorProperty());
        bindings.shownWhile(error, Bindings.isNotEmpty(model.errorProperty()));
        VBox status = new VBox(6, codeRow, progressRow, error);
        bindings.shownWhile(status, Bindings.isNotEmpty(model.progressProperty()).or(Bindings.isNotEmpty(model.errorProperty())));
        return status;
    }

    /** Read-only text the technician can select and copy (a Label cannot be selected). */
    private static TextField selectable(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        return field;
    }
}
