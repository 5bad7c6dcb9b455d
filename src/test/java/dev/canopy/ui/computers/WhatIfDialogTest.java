package dev.canopy.ui.computers;

import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The what-if dialog on a real store: it shows the sheet, Reassign moves the computers, Cancel changes nothing. */
@ExtendWith(ApplicationExtension.class)
class WhatIfDialogTest extends ViewModelFixture {

    private final ComputersSeed seed = new ComputersSeed();
    private ReassignFlow flow;

    @Start
    void start(Stage stage) {
        open(seed::seed);
        flow = new ReassignFlow(services(), () -> stage);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void askToMove(FxRobot robot, List<UUID> computers, UUID target) {
        robot.interact(() -> flow.start(computers, target));
    }

    @Test
    void theSheetShowsWhatChangesAndReassignMovesTheComputers(FxRobot robot) {
        askToMove(robot, List.of(seed.pc1, seed.pc2), seed.legal);

        assertThat(robot.lookup("#whatIfDialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Reassign 2 computers to Birch Legal?");
        VBox lost = robot.lookup("#whatIfLost").queryAs(VBox.class);
        assertThat(((Label) lost.getChildren().get(0)).getText()).contains("Dentrix").contains("2 computers");
        robot.clickOn(robot.lookup("#whatIfDialog .button").match(hasText("_Reassign")).queryButton());

        assertThat(ComputersSeed.tenantsOf(store(), List.of(seed.pc1, seed.pc2)).values()).containsOnly(seed.legal);
        assertThat(main.undoState().canUndoProperty().get()).isTrue();
    }

    @Test
    void cancellingTheSheetChangesNothing(FxRobot robot) {
        askToMove(robot, List.of(seed.mac), seed.legal);

        robot.clickOn(robot.lookup("#whatIfDialog .button").match(hasText("Cancel")).queryButton());

        assertThat(robot.lookup("#whatIfDialog").tryQuery()).isEmpty();
        assertThat(ComputersSeed.tenantsOf(store(), List.of(seed.mac))).containsEntry(seed.mac, seed.dental);
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
    }
}
