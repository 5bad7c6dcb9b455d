package dev.canopy.ui.reports;

import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Reports menu's keyboard paths in the whole window: each opens on the tenant selected in the tree. */
@Tag("scenario")
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
        robot.interact(() -> robot.lookup("#reportMessage").query().getScene().getWindow().hide());
    }
}
