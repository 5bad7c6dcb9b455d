package dev.canopy.ui.imports;

import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.FakeAuthority;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.FxTaskExecutor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Sign in…" in the Entra dialog on screen, against the loopback sign-in service: the code while waiting, then the token; Cancel. */
@ExtendWith(ApplicationExtension.class)
class EntraSignInDialogTest extends ViewModelFixture {

    private final FakeAuthority authority = new FakeAuthority();
    // the sign-in waits on the long-work lane as in the app (the fixture's immediate executor would wait on the FX thread)
    private final FxTaskExecutor background = new FxTaskExecutor();
    private Stage stage;
    private volatile EntraImportDialog dialog;

    @Start
    void start(Stage given) {
        open(new ComplianceSeed()::write);
        select(tenantNamed("Acme").id());
        stage = given;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stopAuthority() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(dialog::close).get(10, TimeUnit.SECONDS);  // closing cancels a sign-in still waiting
        }
        background.close();
        authority.close();
        assertThat(authority.refusedHosts).isEmpty();
    }

    private void openDialog(FxRobot robot) throws Exception {
        Platform.runLater(() -> dialog = EntraImportDialog.open(stage, withBackground(services()), () -> new DeviceCodeSignIn(authority.transport())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#entraImportDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private EditorServices withBackground(EditorServices s) {
        return new EditorServices(s.tenants(), s.store(), background, s.commands(), s.notices());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void theCodeIsShownWhileWaitingAndTheSignedInTokenFillsTheMaskedField(FxRobot robot) throws Exception {
        authority.answers("authorization_pending", "authorization_pending", "token");
        openDialog(robot);
        assertThat(robot.lookup("#entraSignIn").queryAs(Button.class).isDisabled()).as("no client id yet").isTrue();

        robot.clickOn("#entraClientId").write(FakeAuthority.CLIENT_ID);
        robot.clickOn("#entraDirectory").write(FakeAuthority.DIRECTORY);
        robot.clickOn("#entraSignIn");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entraSignInCodeRow").query().isVisible()
                && FakeAuthority.USER_CODE.equals(text(robot, "#entraSignInCode")));

        assertThat(text(robot, "#entraSignInUrl")).isEqualTo(FakeAuthority.VERIFICATION_URL);
        assertThat(robot.lookup("#entraSignInCode").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#entraSignInProgress").queryAs(Label.class).getText()).startsWith("Waiting for you to sign in");
        dev.canopy.ui.SceneSnapshot.saveIfAsked(robot.lookup("#entraImportDialog").query().getScene(), "entraSignInWaiting");
        robot.clickOn("#entraCopyCode");
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS))
                .isEqualTo(FakeAuthority.USER_CODE);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#entraToken").queryAs(PasswordField.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entraToken").queryAs(PasswordField.class).getText()).isEqualTo(FakeAuthority.ACCESS_TOKEN);
        assertThat(robot.lookup("#entraSignInCodeRow").query().isVisible()).as("the used code is gone").isFalse();
        assertThat(robot.lookup("#entraSignInProgress").queryAs(Label.class).getText()).startsWith("Signed in");
        assertThat(robot.lookup("#entraDryRunButton").queryAs(Button.class).isDisabled()).as("ready for the dry run").isFalse();
    }

    @Test
    void cancelEndsTheWaitWithoutAToken(FxRobot robot) throws Exception {
        openDialog(robot);  // the service answers "pending" for ever
        robot.clickOn("#entraClientId").write(FakeAuthority.CLIENT_ID);
        robot.clickOn("#entraSignIn");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FakeAuthority.USER_CODE.equals(text(robot, "#entraSignInCode")));

        robot.clickOn("#entraCancelSignIn");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Sign-in cancelled.".equals(robot.lookup("#entraSignInProgress").queryAs(Label.class).getText()));

        assertThat(robot.lookup("#entraToken").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#entraSignInCodeRow").query().isVisible()).isFalse();
        assertThat(robot.lookup("#entraSignIn").queryAs(Button.class).isDisabled()).as("can sign in again").isFalse();
    }
}
