package dev.canopy.ui;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreKey;
import dev.canopy.ui.main.MainViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The app started on an encrypted database asks for its passphrase: a wrong one is named as such, the right one opens the tree. */
class UnlockViewTest extends AppTestSupport {

    private static final String PASSPHRASE = "laptop with customer data";

    @Test
    void aWrongPassphraseSaysSoAndTheRightOneOpensTheTree() throws Exception {
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind"));
        }
        new StoreEncryption().change(folder, StoreKey.none(), StoreKey.of(PASSPHRASE.toCharArray()), line -> { });
        startOnFolder();

        assertThat(model().stateProperty().get()).isEqualTo(MainViewModel.State.LOCKED);
        assertThat(robot.lookup("#unlockView").tryQuery()).isPresent();
        assertThat(robot.lookup("#unlockProblem").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("#passphraseField").write("not the passphrase").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> !robot.lookup("#unlockProblem").queryAs(Label.class).getText().isEmpty());

        assertThat(model().stateProperty().get()).isEqualTo(MainViewModel.State.LOCKED);
        assertThat(robot.lookup("#unlockProblem").queryAs(Label.class).getText()).contains("does not open the database");
        assertThat(robot.lookup("#passphraseField").queryAs(PasswordField.class).getText()).isEmpty();

        robot.clickOn("#passphraseField").write(PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitFor(() -> model().stateProperty().get() == MainViewModel.State.READY);

        assertThat(robot.lookup("#unlockView").tryQuery()).isEmpty();
        assertThat(TreeCells.visibleNames(robot)).contains("Northwind");
    }
}
