package dev.canopy.ui.settings;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings' "Database encryption": whether the database is encrypted, Set passphrase… or Change…/Remove…, each asking
 * in a small dialog for what it needs (the current passphrase, a new one twice), then the conversion's steps and result.
 */
final class EncryptionSection extends VBox {

    private static final ButtonType GO = new ButtonType("_OK", ButtonBar.ButtonData.OK_DONE);

    private final EncryptionViewModel model;

    EncryptionSection(EncryptionViewModel model) {
        super(8);
        this.model = model;
        setId("encryptionSection");
        Label title = new Label("Database encryption");
        title.getStyleClass().add("title-4");
        Label state = new Label();
        state.setId("encryptionState");
        state.setWrapText(true);
        state.textProperty().bind(javafx.beans.binding.Bindings.when(model.encryptedProperty())
                .then("The database file is encrypted with a passphrase, asked at each start.")
                .otherwise("The database file is not encrypted. Settings, logs and exports never are."));
        Button set = button("setPassphraseButton", "Set _passphrase…", () -> ask("Set passphrase", false, true));
        set.visibleProperty().bind(model.encryptedProperty().not());
        set.managedProperty().bind(set.visibleProperty());
        Button change = button("changePassphraseButton", "C_hange passphrase…", () -> ask("Change passphrase", true, true));
        Button remove = button("removePassphraseButton", "R_emove encryption…", () -> ask("Remove encryption", true, false));
        for (Button shownWhenEncrypted : List.of(change, remove)) {
            shownWhenEncrypted.visibleProperty().bind(model.encryptedProperty());
            shownWhenEncrypted.managedProperty().bind(shownWhenEncrypted.visibleProperty());
        }
        Label status = new Label();
        status.setId("encryptionStatus");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("encryptionProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        shownWhenSaid(status);
        shownWhenSaid(problem);
        HBox buttons = new HBox(8, set, change, remove);
        buttons.disableProperty().bind(model.busyProperty());
        getChildren().setAll(title, state, buttons, status, problem);
    }

    /** An empty message line takes no room (else blank gaps stand where nothing is said). */
    static void shownWhenSaid(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A dialog with the fields the step needs; OK stays in it while a field is refused. */
    private void ask(String title, boolean needsCurrent, boolean needsNew) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(needsNew ? EncryptionViewModel.RULE : "The database will be stored as a plain file again.");
        dialog.getDialogPane().setId("passphraseDialog");
        model.clearProblem();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        List<PasswordField> fields = new ArrayList<>();
        PasswordField current = needsCurrent ? field(grid, fields, "_Current passphrase", "currentPassphraseField") : null;
        PasswordField next = needsNew ? field(grid, fields, "_New passphrase", "newPassphraseField") : null;
        PasswordField repeated = needsNew ? field(grid, fields, "_Repeat new passphrase", "repeatPassphraseField") : null;
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        shownWhenSaid(problem);
        grid.add(problem, 0, fields.size(), 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(GO, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(GO).addEventFilter(ActionEvent.ACTION, e -> {
            boolean started;
            if (current != null && next != null) {
                started = model.change(chars(current), chars(next), chars(repeated));
            } else if (next != null) {
                started = model.set(chars(next), chars(repeated));
            } else {
                started = model.remove(chars(current));
            }
            fields.forEach(PasswordField::clear);  // nothing typed stays in the dialog
            if (!started) {
                e.consume();
                fields.get(0).requestFocus();  // every field was cleared: typing starts again at the top
            }
        });
        dialog.setOnShown(e -> fields.get(0).requestFocus());
        dialog.setOnHidden(e -> problem.textProperty().unbind());
        dialog.show();
    }

    private static PasswordField field(GridPane grid, List<PasswordField> fields, String text, String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.add(label, 0, fields.size());
        grid.add(field, 1, fields.size());
        fields.add(field);
        return field;
    }

    private static char[] chars(PasswordField field) {
        return field.getText().toCharArray();
    }
}
