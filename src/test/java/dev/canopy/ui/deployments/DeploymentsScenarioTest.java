package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Deployments tab in the whole window: it follows the tree's selection, its edits go through the
 * window's undo, and the keyboard opens and deletes an own deployment. The rules and texts are in
 * {@link DeploymentsViewModelTest}, the tab's parts in {@link DeploymentsTabTest}.
 */
@Tag("scenario")
class DeploymentsScenarioTest extends AppTestSupport {

    private final DeploymentsSeed seed = new DeploymentsSeed();

    @SuppressWarnings("unchecked")
    private TableView<ReachingDeployment> table() {
        return robot.lookup("#deploymentTable").queryAs(TableView.class);
    }

    private List<String> shownSoftware() {
        return table().getItems().stream().map(r -> r.deployment().software()).toList();
    }

    private List<Deployment> storedOf(UUID tenant) {
        return model().current().records(DeploymentKind.INSTANCE, List.of(tenant));
    }


    @Test
    void followsTheTreeAndAnExceptionMadeThereIsUndoneWithTheToolbar() throws Exception {
        launch(seed::write);
        robot.clickOn(cell("Globex"));
        robot.clickOn("#deploymentsTab");
        settle();
        assertThat(shownSoftware()).containsExactly("7-Zip");

        expand("Acme");
        robot.clickOn(cell("Acme Berlin"));
        settle();
        assertThat(shownSoftware()).containsExactly("7-Zip", "Google Chrome", "7-Zip");
        robot.clickOn(robot.lookup("#deploymentTable .table-row-cell")
                .match((TableRow<ReachingDeployment> r) -> r.getItem() != null
                        && r.getItem().deployment().ownerTenantId().equals(seed.msp)).queryAs(TableRow.class));
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Not present here (remove it)");
        settle();
        assertThat(storedOf(seed.berlin)).hasSize(1);
        assertThat(robot.lookup("#whyList .why-entry .label").queryAs(Label.class).getText()).startsWith("7-Zip: Not present");

        robot.clickOn("#undoButton");
        settle();
        assertThat(storedOf(seed.berlin)).isEmpty();
        assertThat(robot.lookup("#whyList .why-entry .label").queryAs(Label.class).getText()).startsWith("7-Zip: Latest");
    }

    @Test
    void enterOpensAnOwnDeploymentAndDeleteRemovesItAfterAskingAndCtrlZBringsItBack() throws Exception {
        launch(seed::write);
        robot.clickOn(cell("Acme"));
        robot.clickOn("#deploymentsTab");
        settle();
        int tools = shownSoftware().indexOf("Acme Tools");
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().clearAndSelect(tools);
        });

        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#deploymentDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Edit the deployment of Acme Tools in Acme");
        robot.clickOn(robot.lookup("#deploymentDialog .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());

        robot.interact(() -> table().requestFocus());
        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup("#deleteDeploymentConfirm .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        settle();
        assertThat(storedOf(seed.acme)).extracting(Deployment::id).doesNotContain(seed.acmeTools);
        assertThat(shownSoftware()).doesNotContain("Acme Tools");

        robot.interact(() -> table().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(storedOf(seed.acme)).extracting(Deployment::id).contains(seed.acmeTools);
        assertThat(shownSoftware()).contains("Acme Tools");
    }
}
