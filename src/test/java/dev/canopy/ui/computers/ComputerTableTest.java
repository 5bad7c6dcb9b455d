package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The Computers tab alone on a real store: what selecting rows in the table does to the detail, the count and the Reassign button. */
@ExtendWith(ApplicationExtension.class)
class ComputerTableTest extends ViewModelFixture {

    private final ComputersSeed seed = new ComputersSeed();

    @Start
    void start(Stage stage) {
        open(seed::seed);
        select(seed.dental);
        stage.setScene(new Scene(new TabPane(new ComputersTab(services())), 1000, 760));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Computer> table(FxRobot robot) {
        return robot.lookup("#computerTable").queryAs(TableView.class);
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#computerCount").queryAs(Label.class).getText();
    }

    @Test
    void clickingARowShowsThatComputerInTheDetail(FxRobot robot) {
        assertThat(robot.lookup("#computerDetail .label").queryAs(Label.class).getText()).startsWith("Select a computer");
        robot.clickOn("ALD-LT-0002");

        assertThat(robot.lookup("#computerDetail .label").queryAs(Label.class).getText()).startsWith("ALD-LT-0002 — Windows 11 Pro");
        assertThat(robot.lookup("#inventoryTable").lookup("Dentrix").tryQuery()).isPresent();
        robot.clickOn("Deployments");
        robot.clickOn("Dentrix — Any version (Tenant)");
        assertThat(robot.lookup("#deploymentWhy").queryAs(TextArea.class).getText()).startsWith("Dentrix: ").contains("wins");
    }

    @Test
    void aShiftClickedRangeIsCountedAndCanBeReassigned(FxRobot robot) {
        Button reassign = robot.lookup("#reassignButton").queryButton();
        assertThat(reassign.isDisabled()).isTrue();
        assertThat(count(robot)).startsWith("3 computers · 0 selected");

        robot.clickOn("ALD-LT-0001");
        robot.press(KeyCode.SHIFT).clickOn("ALD-LT-0002").release(KeyCode.SHIFT);

        assertThat(table(robot).getSelectionModel().getSelectedItems()).extracting(Computer::name).containsExactly("ALD-LT-0001", "ALD-LT-0002");
        assertThat(count(robot)).isEqualTo("3 computers · 2 selected · drag the selection onto a tenant to reassign");
        assertThat(reassign.isDisabled()).isFalse();
    }

    @Test
    void typingInTheFilterNarrowsTheTableAndSubTenantsCanBeIncluded(FxRobot robot) {
        robot.clickOn("#computersIncludeSubTenants");
        assertThat(table(robot).getItems()).extracting(Computer::name).contains("LAB-PC-0001");

        robot.clickOn("#computerFilter").write("mac");

        assertThat(table(robot).getItems()).extracting(Computer::name).containsExactly("ALD-MAC-0003");
        assertThat(count(robot)).startsWith("1 computer · 0 selected");
    }
}
