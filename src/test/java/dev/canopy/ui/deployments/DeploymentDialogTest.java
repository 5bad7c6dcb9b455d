package dev.canopy.ui.deployments;

import dev.canopy.ui.ClosesWindows;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.ui.SceneSnapshot;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment dialog on its own, for a new deployment of Acme Berlin (two computers): messages
 * at the fields as the technician types, OK only when all is well, the fields a scope uses.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.extension.ExtendWith(ClosesWindows.class)
class DeploymentDialogTest extends DeploymentsFixture {

    private DeploymentDialog dialog;

    /** On a stage of its own: the primary stage stays as the whole-app tests expect it. */
    @Start
    void start(Stage primary) {
        openOn("Acme Berlin");
        ThemeManager.applyTheme();
        Stage owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
        dialog = new DeploymentDialog(owner, model.newForm());
        dialog.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getParent().isVisible();
    }

    private static Button ok(FxRobot robot) {
        return robot.lookup("#deploymentOkButton").queryButton();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String comboId, T value) {
        ComboBox<T> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(value));
    }

    @Test
    void eachMessageShowsAtItsFieldAndOkWaitsUntilAllIsWell(FxRobot robot) throws Exception {
        assertThat(dialog.getTitle()).isEqualTo("New deployment");
        assertThat(dialog.getHeaderText()).isEqualTo("New deployment in Acme Berlin");
        assertThat(text(robot, "#deploymentSoftwareError")).isEqualTo("Software is required.");
        assertThat(ok(robot).isDisabled()).isTrue();

        robot.clickOn("#deploymentSoftwareField").write("Zoom");
        assertThat(shown(robot, "#deploymentSoftwareError")).as("no empty message line").isFalse();
        assertThat(ok(robot).isDisabled()).isFalse();
        robot.clickOn("#deploymentVersionField").write("128.0");
        assertThat(text(robot, "#deploymentVersionError")).startsWith("Version is only used with Specific version or At least");
        assertThat(ok(robot).isDisabled()).isTrue();
        choose(robot, "#deploymentScopeField", DeploymentScope.CROSS_TENANT);
        assertThat(text(robot, "#deploymentScopeError")).startsWith("Only the MSP tenant can own a cross-tenant deployment");
        assertThat(robot.lookup("#deploymentIncludeChildren").queryAs(CheckBox.class).isDisabled()).isTrue();
        SceneSnapshot.saveIfAsked(robot.lookup("#deploymentDialog").query().getScene(), "deployments-dialog");

        choose(robot, "#deploymentScopeField", DeploymentScope.TENANT);
        choose(robot, "#deploymentStateField", DesiredState.AT_LEAST);
        assertThat(shown(robot, "#deploymentVersionError")).as("a version is what At least needs").isFalse();
        robot.clickOn("#deploymentIncludeChildren");
        press(robot, ok(robot));

        Deployment result = dialog.getResult();
        assertThat(result.software()).isEqualTo("Zoom");
        assertThat(result.desiredState()).isEqualTo(DesiredState.AT_LEAST);
        assertThat(result.version()).isEqualTo("128.0");
        assertThat(result.includeChildTenants()).isTrue();
        assertThat(result.ownerTenantId()).isEqualTo(seed.berlin);
    }

    @Test
    void theTagAndComputerFieldsShowOnlyForTheirScopeAndComputerScopeListsTheTenantsComputers(FxRobot robot) {
        robot.clickOn("#deploymentSoftwareField").write("Kiosk");
        assertThat(shown(robot, "#deploymentTagField")).isFalse();
        assertThat(shown(robot, "#deploymentComputersField")).isFalse();

        choose(robot, "#deploymentScopeField", DeploymentScope.TAG);
        assertThat(shown(robot, "#deploymentTagField")).isTrue();
        assertThat(text(robot, "#deploymentTagError")).isEqualTo("Enter the tag of the computers this deployment is for.");
        robot.clickOn("#deploymentTagField").write("kiosk");
        assertThat(ok(robot).isDisabled()).isFalse();

        choose(robot, "#deploymentScopeField", DeploymentScope.COMPUTER);
        assertThat(shown(robot, "#deploymentTagField")).isFalse();
        assertThat(shown(robot, "#deploymentComputersField")).isTrue();
        assertThat(robot.lookup("#deploymentComputersField .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList())
                .containsExactly("BER-KIOSK-01", "BER-PC-02");
        assertThat(text(robot, "#deploymentComputersError")).isEqualTo("Choose at least one computer for a deployment with Computer scope.");
        assertThat(ok(robot).isDisabled()).isTrue();
        robot.clickOn(robot.lookup("#deploymentComputersField .check-box").queryAs(Node.class));
        assertThat(ok(robot).isDisabled()).isFalse();
        press(robot, ok(robot));

        assertThat(dialog.getResult().scope()).isEqualTo(DeploymentScope.COMPUTER);
        assertThat(dialog.getResult().computerIds()).as("the tag is cleared for Computer scope").containsExactly(seed.kiosk);
        assertThat(dialog.getResult().tag()).isEmpty();
    }

    @Test
    void cancelGivesNothingToSave(FxRobot robot) {
        robot.clickOn("#deploymentSoftwareField").write("Zoom");
        press(robot, robot.lookup("#deploymentDialog .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }
}
