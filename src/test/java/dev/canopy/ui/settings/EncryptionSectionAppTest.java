package dev.canopy.ui.settings;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.StoreEncryption;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app's Settings → Database encryption on a temporary data folder: a passphrase typed two different ways is
 * refused with a message and changes nothing; a valid one encrypts the file, and the section then offers Change…/Remove….
 */
class EncryptionSectionAppTest extends AppTestSupport {

    private void openSettings() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#encryptionSection").tryQuery().isPresent());
    }

    private void openSetPassphrase() throws Exception {
        robot.clickOn("#setPassphraseButton");
        waitFor(() -> robot.lookup("#passphraseDialog").tryQuery().isPresent());
    }

    private void type(String field, String text) {
        robot.clickOn(field).write(text);
    }

    private void pressOk() {
        robot.clickOn(robot.lookup("#passphraseDialog").queryAs(DialogPane.class).lookupButton(
                robot.lookup("#passphraseDialog").queryAs(DialogPane.class).getButtonTypes().get(0)));
    }

    private boolean shown(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void twoDifferentEntriesAreRefusedAndAValidPassphraseEncryptsTheDatabase() throws Exception {
        launch(store -> store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind")));
        openSettings();
        assertThat(robot.lookup("#encryptionState").queryAs(Label.class).getText()).contains("not encrypted");
        openSetPassphrase();
        assertThat(robot.lookup("#newPassphraseField").queryAs(PasswordField.class).isFocused()).as("focus in the first field").isTrue();

        type("#newPassphraseField", "correct horse battery");
        type("#repeatPassphraseField", "correct horse battery staple");
        pressOk();
        settle();

        DialogPane dialog = robot.lookup("#passphraseDialog").queryAs(DialogPane.class);
        assertThat(dialog.getScene().getWindow().isShowing()).as("the dialog stays to be typed again").isTrue();
        assertThat(dialog.lookupAll(".danger")).map(n -> ((Label) n).getText()).contains("Repeat passphrase: it differs from the new passphrase.");
        assertThat(robot.lookup("#newPassphraseField").queryAs(PasswordField.class).getText()).as("nothing typed stays").isEmpty();
        assertThat(StoreEncryption.isEncrypted(folder)).as("nothing changed").isFalse();
        assertThat(model().encrypted()).isFalse();

        type("#newPassphraseField", "correct horse battery");
        type("#repeatPassphraseField", "correct horse battery");
        pressOk();
        waitFor(() -> robot.lookup("#passphraseDialog").tryQuery().isEmpty());
        // the conversion copies, converts, checks and swaps the file in the background: give a busy machine time
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> shown("#changePassphraseButton")).get());
        settle();

        assertThat(shown("#removePassphraseButton")).isTrue();
        assertThat(shown("#setPassphraseButton")).isFalse();
        assertThat(robot.lookup("#encryptionState").queryAs(Label.class).getText()).contains("is encrypted");
        waitFor(() -> robot.lookup("#encryptionStatus").queryAs(Label.class).getText().startsWith("The database is now encrypted"));
        assertThat(StoreEncryption.isEncrypted(folder)).as("the file on disk").isTrue();
        assertThat(robot.lookup("#encryptionProblem").queryAs(Label.class).getText()).isEmpty();
        assertThat(hierarchy().depthFirst()).as("the tree is open again, whole").anyMatch(n -> n.name().equals("Northwind"));
        robot.interact(() -> ((Button) robot.lookup("#settingsDialog").queryAs(DialogPane.class).lookupButton(SettingsDialog.CANCEL)).fire());
    }
}
