package dev.canopy.ui.imports;

import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Import computers… in the whole app: the file "chosen" (a native chooser cannot be driven headless), the
 * columns mapped, the dry run, Import; the new client appears in the tree and Ctrl+Z takes the import back.
 */
@Tag("scenario")
class ImportScenarioTest extends AppTestSupport {

    @TempDir
    Path exports;

    @BeforeEach
    void start() throws Exception {
        Path file = ImportFiles.write(exports, "psa.csv", ImportFiles.PSA_CLEAN);
        ImportFlow.usePicker(owner -> Optional.of(file));
        launch(new ComplianceSeed()::write);
    }

    @AfterEach
    void nativePickerAgain() {
        ImportFlow.usePicker(null);
    }

    private void choose(String comboId, String column) throws Exception {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<String> c) -> column.equals(c.getText())).queryAs(Node.class));
        settle();
    }

    @Test
    void anImportedClientAppearsInTheTreeAndCtrlZTakesTheWholeImportBack() throws Exception {
        robot.clickOn(cell("Acme"));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("#importMappingStep").tryQuery().isPresent());
        assertThat(robot.lookup("#importDryRunButton").queryButton().isDisabled()).isTrue();

        choose("#column-CLIENT", "Client");
        choose("#column-CLIENT_ID", "Client id");
        choose("#column-SITE", "Site");
        choose("#column-COMPUTER_NAME", "Device");
        choose("#column-DEVICE_ID", "Device id");
        robot.clickOn("#importSourceField").write("psa-x");
        waitFor(() -> !robot.lookup("#importDryRunButton").queryButton().isDisabled());
        robot.clickOn("#importDryRunButton");
        waitFor(() -> robot.lookup("#importSummary").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).startsWith("Read 3 rows of psa.csv. Creates 1 client, 1 site and 2 computers");
        assertThat(tenantNamed("Initech")).as("the dry run writes nothing").isEmpty();

        robot.clickOn("#importButton");
        waitFor(() -> robot.lookup("#importWizard").tryQuery().isEmpty());
        settle();
        assertThat(visibleTenantNames()).contains("Initech");
        assertThat(model().noticeProperty().get()).startsWith("Imported: import of 3 computers from psa.csv.");
        assertThat(folder.resolve("import-mappings/psa-x.json")).as("kept for the next file from psa-x").exists();

        robot.clickOn(cell("Contoso"));  // the tree has the focus (a click on the selected Acme would start renaming it)
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(tenantNamed("Initech")).isEmpty();
        assertThat(visibleTenantNames()).doesNotContain("Initech");
        assertThat(model().noticeProperty().get()).isEqualTo("Undid import of 3 computers from psa.csv");
    }
}
