package dev.canopy.ui.sync;

import dev.canopy.sync.client.ConnectionCheck;
import dev.canopy.sync.client.SyncAgent.FirstContact;
import dev.canopy.sync.client.SyncFailure;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The Connect dialog alone on the in-memory agent: field messages, Check, the button the case allows, its confirmation, errors. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class ConnectDialogTest {

    private static final String LOCAL = "the 12 tenants and 40 computers in this data folder";

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private int connectedRuns;

    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        Stage owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
        new ConnectDialog(owner, new ConnectViewModel(new FixedSync(agent), new ImmediateTaskExecutor(), LOCAL, () -> connectedRuns++)).show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void fill(FxRobot robot, String url) {
        robot.clickOn("#serverUrlField").write(url);
        robot.clickOn("#tokenField").write("t0ken");
    }

    @Test
    void altAndAFieldLabelsLetterMoveTheFocusToItsField(FxRobot robot) {
        robot.clickOn("#serverUrlField");
        assertThat(robot.lookup("#serverUrlField").query().isFocused()).isTrue();

        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.T).release(javafx.scene.input.KeyCode.ALT);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tokenField").query().isFocused()).as("Alt+T: the Token field").isTrue();

        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.U).release(javafx.scene.input.KeyCode.ALT);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#serverUrlField").query().isFocused()).as("Alt+U: the Server URL field").isTrue();
    }

    @Test
    void fieldsAreCheckedFirstAndTheTokenIsHidden(FxRobot robot) {
        assertThat((Object) robot.lookup("#tokenField").query()).isInstanceOf(PasswordField.class);
        robot.clickOn("#checkButton");
        assertThat(text(robot, "#serverUrlError")).isEqualTo("Server URL is required, e.g. https://sync.example.com.");
        assertThat(text(robot, "#tokenError")).startsWith("Token is required");

        fill(robot, "sync.northwind.example");
        robot.clickOn("#checkButton");
        assertThat(text(robot, "#serverUrlError")).startsWith("Server URL \"sync.northwind.example\" is not a web address");
        assertThat(agent.checked).isEmpty();
        assertThat(robot.lookup("#goButton").query().isVisible()).isFalse();
    }

    @Test
    void publishIsOfferedAfterTheCheckAndAsksFirstSayingWhatWillBeUploaded(FxRobot robot) {
        agent.checkAnswer = new ConnectionCheck("ana@northwind.example", "MSP_ADMIN", FirstContact.PUBLISH,
                "This folder has data that never synced and the server is empty: publishing makes it the team's data.", true);
        fill(robot, "https://sync.northwind.example");
        robot.clickOn("#checkButton");

        assertThat(text(robot, "#checkPerson")).isEqualTo("ana@northwind.example — MSP admin");
        assertThat(text(robot, "#checkExplanation")).startsWith("This folder has data that never synced");
        Button go = robot.lookup("#goButton").queryButton();
        assertThat(go.getText()).isEqualTo("Publish");
        robot.clickOn(go);

        DialogPane confirm = robot.lookup("#confirmPublishDialog").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).startsWith("Publish uploads " + LOCAL + " to https://sync.northwind.example.");
        assertThat(agent.connected).as("nothing before the confirmation").isEmpty();
        robot.clickOn(confirm.lookupButton(confirm.getButtonTypes().get(0)));

        assertThat(agent.connected).extracting(FakeSyncAgent.Connected::choice).containsExactly(FirstContact.PUBLISH);
        assertThat(text(robot, "#connectMessage")).startsWith("Connected to https://sync.northwind.example.");
        assertThat(robot.lookup("#closeConnectButton").queryButton().getText()).isEqualTo("Close");
        assertThat(connectedRuns).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsASentenceInTheDialogAndOffersNothingToGoAheadWith(FxRobot robot) {
        agent.failure = new SyncFailure(SyncFailure.Kind.UNAUTHORIZED, "The server does not know this token. Ask your admin for a new one.",
                new IllegalStateException("401"));
        fill(robot, "https://sync.northwind.example");
        robot.clickOn("#checkButton");
        assertThat(text(robot, "#connectMessage")).isEqualTo("The server does not know this token. Ask your admin for a new one.");
        assertThat(robot.lookup("#goButton").query().isVisible()).isFalse();
    }
}
