package dev.canopy.ui.reports;

import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.AppTestSupport;
import dev.canopy.domain.deployment.ReachingDeployment;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Reports menu's keyboard paths in the whole window: each opens on the tenant selected in the tree. */
@Tag("scenario")
@SuppressWarnings("unchecked")
class ReportsScenarioTest extends AppTestSupport {

    private final ComplianceSeed seed = new ComplianceSeed();

    @BeforeEach
    void start() throws Exception {
        launch(seed::write);
        robot.clickOn(cell("Contoso"));
        settle();
    }

    @Test
    void ctrlShiftDOffersTheSelectedTenantsDocumentationAndEscapeClosesIt() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        waitFor(() -> robot.lookup("#documentationDialog").tryQuery().isPresent());

        assertThat(robot.lookup("#documentationDialog .header-panel .label").queryAs(Label.class).getText()).isEqualTo("Document Northwind › Contoso");
        robot.clickOn("#documentationPdf").type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#documentationDialog").tryQuery().isEmpty());
    }

    @Test
    void ctrlShiftROpensTheComplianceReportOfTheSelectedTenant() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitFor(() -> robot.lookup("#reportMessage").tryQuery().map(n -> ((Label) n).getText().contains("compliant")).orElse(false));

        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText()).startsWith("Northwind › Contoso (with sub-tenants)");

        // a row (not a group) chosen, "Open deployment" shows its deployment in the main window
        TreeTableView<Object> report = robot.lookup("#complianceTable").queryAs(TreeTableView.class);
        robot.interact(() -> report.getSelectionModel().select(report.getRoot().getChildren().get(0).getChildren().get(0)));
        robot.clickOn("#openReportDeploymentButton");
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        waitFor(() -> "deploymentsTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        settle();
        TableView<ReachingDeployment> deployments = robot.lookup("#deploymentTable").queryAs(TableView.class);
        waitFor(() -> deployments.getSelectionModel().getSelectedItem() != null);
        assertThat(deployments.getSelectionModel().getSelectedItem().deployment().software()).isEqualTo("Legacy VPN");
        robot.interact(() -> report.getScene().getWindow().hide());
    }
}
