package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown at start instead of the tree while the database is encrypted: asks for its passphrase. A wrong one shows why
 * under the field and asks again; Quit leaves without opening anything. The typed text is cleared once handed over.
 */
final class UnlockView extends VBox {

    UnlockView(MainViewModel model) {
        super(14);
        setId("unlockView");
        Label title = new Label("This database is encrypted");
        title.getStyleClass().add("title-3");
        Label hint = new Label("Type the passphrase of the database in " + model.folder() + ".");
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        Label label = new Label("_Passphrase");
        label.setMnemonicParsing(true);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphraseField");
        passphrase.setMaxWidth(360);
        label.setLabelFor(passphrase);
        Label problem = new Label();
        problem.setId("unlockProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        problem.textProperty().bind(model.failureProperty());
        Button unlock = new Button("_Open");
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> {
            char[] typed = passphrase.getText().toCharArray();
            passphrase.clear();
            model.unlock(typed);
        });
        Button quit = new Button("_Quit");
        quit.setId("quitButton");
        quit.setOnAction(e -> Platform.exit());
        HBox buttons = new HBox(8, unlock, quit);
        buttons.setAlignment(Pos.CENTER);
        getChildren().setAll(AppIcon.LOCKED.view(), title, hint, label, passphrase, problem, buttons);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Platform.runLater(passphrase::requestFocus);
    }
}
