package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Schedules tab in the whole window, one technician's session along the paths that cross the tab's edge: the
 * keyboard, the toolbar's undo and the tenant tree. The rules and texts are checked in SchedulesViewModelTest and
 * ScheduleEditorModelTest, the tab's own controls in SchedulesViewTest.
 */
@Tag("scenario")
class SchedulesTabTest extends AppTestSupport {

    private final ScheduleSamples data = new ScheduleSamples();
    private final SchedulesRobot tab = new SchedulesRobot(robot);

    private void openSchedulesOf(String tenant) throws Exception {
        launch(data::seed);
        robot.clickOn(cell(tenant));
        robot.clickOn("#schedulesTab");
        settle();
    }

    @Test
    void aTechnicianSavesWithCtrlSUndoesFromTheToolbarAndFollowsTheTreeWithoutLosingADraft() throws Exception {
        openSchedulesOf("Acme");
        assertThat(tab.listedNames()).containsExactly("Nightly", "MSP baseline");
        robot.clickOn("#newScheduleButton");
        settle();
        waitFor(() -> robot.lookup("#scheduleNameField").query().isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        settle();
        assertThat(ScheduleSamples.stored(model().current(), data.acme)).extracting(MaintenanceSchedule::name)
                .containsExactlyInAnyOrder("Nightly", "New schedule");
        assertThat(tab.cell("New schedule").isSelected()).isTrue();
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo creation of schedule New schedule");
        robot.clickOn("#undoButton");
        settle();
        assertThat(ScheduleSamples.stored(model().current(), data.acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");
        assertThat(tab.listedNames()).containsExactly("Nightly", "MSP baseline");

        // an unsaved draft is not dropped silently when another tenant is chosen in the tree
        robot.clickOn("#newScheduleButton");
        settle();
        waitFor(() -> robot.lookup("#scheduleNameField").query().isFocused());
        robot.write("Half done");
        robot.clickOn(cell("Globex"));
        assertThat(robot.lookup("#discardScheduleDialog").tryQuery()).isPresent();
        tab.answer("#discardScheduleDialog", "Cancel");
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(data.acme);
        assertThat(selectedInTree()).isEqualTo("Acme");
        assertThat(robot.lookup("#scheduleNameField").queryAs(TextField.class).getText()).isEqualTo("Half done");
        robot.clickOn(cell("Globex"));
        tab.answer("#discardScheduleDialog", "_Discard");
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(data.globex);
        assertThat(tab.listedNames()).containsExactly("Backups window", "Patch night", "MSP baseline");
        assertThat(ScheduleSamples.stored(model().current(), data.acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");

        // and back up the tree: an inherited schedule leads to its owner, selected in the tree too
        robot.clickOn(tab.cell("MSP baseline"));
        robot.clickOn("#goToOwnerButton");
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(data.msp);
        assertThat(selectedInTree()).isEqualTo("Northwind");
        assertThat(tab.listedNames()).containsExactly("MSP baseline");
        assertThat(tab.cell("MSP baseline").isSelected()).isTrue();
        assertThat(tab.disabled("#scheduleNameField")).isFalse();
    }

    @SuppressWarnings("unchecked")
    private String selectedInTree() {
        TreeView<TenantNode> tree = robot.lookup("#tenantTree").queryAs(TreeView.class);
        return tree.getSelectionModel().getSelectedItem().getValue().name();
    }
}
