package dev.canopy.ui.sync;

import dev.canopy.store.SyncConflict;
import dev.canopy.sync.client.SyncAgent.Resolution;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.SceneSnapshot;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;

import static dev.canopy.ui.sync.SyncStatusViewModelTest.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The conflicts view alone on the in-memory agent: what a row shows, and the three resolutions from its buttons. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class ConflictsViewTest {

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private Scene scene;
    private int windowReloads;

    /** On a stage of its own: the primary stage stays as the whole-app tests expect it. */
    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        agent.conflicts.add(FakeSyncAgent.conflict(1, SyncConflict.CONFLICT, "Acme Berlin", "name", "Acme", "Acme Berlin GmbH",
                "Acme Berlin AG", "bob@northwind.example", Instant.parse("2026-03-03T12:40:00Z"), null));
        agent.conflicts.add(FakeSyncAgent.conflict(2, SyncConflict.REVOKED, "Globex", null, null, null, null, null, null,
                "Globex left your scope; your edit to it is kept here."));
        agent.conflicts.add(FakeSyncAgent.conflict(3, SyncConflict.DELETED, "Initech", "description", "Old", "New text", null,
                "carol@northwind.example", Instant.parse("2026-03-02T16:00:00Z"), "Initech was deleted on the server meanwhile."));
        ConflictsViewModel model = new ConflictsViewModel(new FixedSync(agent), new ImmediateTaskExecutor(), () -> windowReloads++, BERLIN);
        model.load();
        Stage stage = new Stage();
        scene = new Scene(new ConflictsView(model), 780, 560);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aRowShowsBaseMineTheirsWhoChangedTheirsAndTheReasonAndKeepMineResolvesIt(FxRobot robot) throws Exception {
        SceneSnapshot.saveIfAsked(scene, "conflicts-view");
        assertThat(text(robot, "#base-1")).isEqualTo("Acme");
        assertThat(text(robot, "#mine-1")).isEqualTo("Acme Berlin GmbH");
        assertThat(text(robot, "#theirs-1")).isEqualTo("Acme Berlin AG");
        assertThat(robot.lookup("Changed on the server by bob@northwind.example at 13:40").tryQuery()).isPresent();
        assertThat(text(robot, "#reason-2")).isEqualTo("Globex left your scope; your edit to it is kept here.");
        assertThat(robot.lookup("#keepMine-2").queryButton().isDisabled()).as("a revoked record cannot be kept").isTrue();
        assertThat(text(robot, "#conflictsSummary")).startsWith("3 conflicts waiting for your decision");

        robot.clickOn("#keepMine-1");

        assertThat(agent.resolved).containsExactly(new FakeSyncAgent.Resolved(1, Resolution.KEEP_MINE, null));
        assertThat(robot.lookup("#keepMine-1").tryQuery()).as("the list reloaded without it").isEmpty();
        assertThat(text(robot, "#conflictsMessage")).isEqualTo("Kept your name for Acme Berlin; it is sent at the next sync.");
        assertThat(windowReloads).isEqualTo(1);
    }

    @Test
    void editValueAsksForTheValueStartingFromMineAndResolvesWithIt(FxRobot robot) {
        robot.clickOn("#editValue-1");
        DialogPane ask = robot.lookup("#editConflictValueDialog").queryAs(DialogPane.class);
        TextField value = robot.from(ask).lookup(".text-field").queryAs(TextField.class);
        assertThat(value.getText()).isEqualTo("Acme Berlin GmbH");
        robot.interact(() -> value.setText("Acme Berlin SE"));
        robot.clickOn((Node) ask.lookupButton(ButtonType.OK));

        assertThat(agent.resolved).containsExactly(new FakeSyncAgent.Resolved(1, Resolution.EDIT, "Acme Berlin SE"));
        robot.clickOn("#takeTheirs-2");
        assertThat(agent.resolved).extracting(FakeSyncAgent.Resolved::resolution).containsExactly(Resolution.EDIT, Resolution.TAKE_THEIRS);
        Button edit = robot.lookup("#editValue-3").queryButton();
        assertThat(edit.isDisabled()).as("a deleted record has no value to edit").isTrue();
    }
}
