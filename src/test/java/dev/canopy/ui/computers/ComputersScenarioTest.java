package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.ui.AppTestSupport;
import dev.canopy.ui.history.HistoryEntry;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Computers in the whole window: drag and drop onto the tree, the keyboard path, and the History tab after a move. */
@Tag("scenario")
class ComputersScenarioTest extends AppTestSupport {

    private final ComputersSeed seed = new ComputersSeed();

    @BeforeEach
    void start() throws Exception {
        launch(seed::seed);
        robot.clickOn(cell("Alder Dental"));
        robot.clickOn("#computersTab");
        settle();
    }

    @SuppressWarnings("unchecked")
    private TableView<Computer> table() {
        return robot.lookup("#computerTable").queryAs(TableView.class);
    }

    private Map<UUID, UUID> tenantsOf(List<UUID> computers) {
        return ComputersSeed.tenantsOf(model().current(), computers);
    }

    @Test
    void draggingComputersOfTwoTenantsOntoATreeTenantMovesThemTheHistoryShowsItAndUndoSendsEachBack() throws Exception {
        List<UUID> moving = List.of(seed.pc1, seed.labPc);
        Map<UUID, UUID> before = tenantsOf(moving);
        robot.clickOn("#computersIncludeSubTenants");
        settle();
        robot.clickOn("ALD-LT-0001");
        robot.press(KeyCode.CONTROL).clickOn("LAB-PC-0001").release(KeyCode.CONTROL);
        robot.drag("LAB-PC-0001").dropTo(cell("Birch Legal"));
        settle();

        assertThat(robot.lookup("#whatIfDialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Reassign 2 computers to Birch Legal?");
        robot.clickOn(robot.lookup("#whatIfDialog .button").match(hasText("_Reassign")).queryButton());
        settle();

        assertThat(tenantsOf(moving).values()).containsOnly(seed.legal);
        assertThat(table().getItems()).extracting(Computer::name).containsExactly("ALD-LT-0002", "ALD-MAC-0003");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo reassign of 2 computers to Birch Legal");

        // the destination's History tab shows both moves, each from its own tenant
        robot.clickOn(cell("Birch Legal"));
        robot.clickOn("#historyTab");
        settle();
        @SuppressWarnings("unchecked")
        TableView<HistoryEntry> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        assertThat(audit.getItems()).extracting(HistoryEntry::action).containsExactly("computer.reassign", "computer.reassign");
        assertThat(audit.getItems()).extracting(HistoryEntry::changes).anySatisfy(c -> assertThat(c).contains("Alder Dental → Birch Legal"))
                .anySatisfy(c -> assertThat(c).contains("Alder Lab → Birch Legal"));
        robot.clickOn(cell("Alder Dental"));
        robot.clickOn("#computersTab");
        settle();

        robot.clickOn("#undoButton");
        settle();
        assertThat(tenantsOf(moving)).isEqualTo(before);
        assertThat(table().getItems()).hasSize(4);
    }

    @Test
    void ctrlRReassignsThroughATenantPickerAndEnterConfirms() throws Exception {
        robot.clickOn("ALD-MAC-0003");
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> robot.lookup("#tenantPickerFilter").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        // headless Monocle leaves keyboard focus with the main window until the dialog is clicked
        robot.clickOn("#tenantPickerFilter").write("birch");
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup("#whatIfDialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Reassign 1 computer to Birch Legal?");
        robot.clickOn("#whatIfDialog").type(KeyCode.ENTER);
        settle();
        assertThat(tenantsOf(List.of(seed.mac))).containsEntry(seed.mac, seed.legal);
    }
}
