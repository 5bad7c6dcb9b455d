package dev.canopy.ui.imports;

import dev.canopy.imports.ImportField;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dry run step on screen after a real dry run: its summary, a section per kind of change, problems by line. */
@ExtendWith(ApplicationExtension.class)
class DryRunStepTest extends ViewModelFixture {

    private ImportViewModel model;

    @Start
    void start(Stage stage) {
        open(new ComplianceSeed()::write);
        model = new ImportViewModel(services().tenants(), services().store(), services().tasks(), services().commands(),
                services().notices(), folder, ZoneOffset.UTC);
        model.open(ImportFiles.write(folder, "psa.csv", ImportFiles.PSA));
        MappingModel mapping = model.mappingProperty().get();
        mapping.columnProperty(ImportField.CLIENT).set("Client");
        mapping.columnProperty(ImportField.CLIENT_ID).set("Client id");
        mapping.columnProperty(ImportField.SITE).set("Site");
        mapping.columnProperty(ImportField.COMPUTER_NAME).set("Device");
        mapping.columnProperty(ImportField.DEVICE_ID).set("Device id");
        mapping.columnProperty(ImportField.SERIAL_NUMBER).set("Serial");
        mapping.sourceProperty().set("psa-x");
        model.dryRun();
        stage.setScene(new Scene(new DryRunStep(model), 900, 560));
        stage.show();
    }

    private static List<String> tabs(FxRobot robot) {
        return robot.lookup("#importSections").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList();
    }

    /** What a table shows, row by row, its cells joined with " | ". */
    private static List<String> rows(FxRobot robot, String id) {
        TableView<?> table = robot.lookup(id).queryAs(TableView.class);
        return table.getItems().stream().map(item -> table.getColumns().stream()
                .map(c -> String.valueOf(c.getCellObservableValue(table.getItems().indexOf(item)).getValue()))
                .reduce((a, b) -> a + " | " + b).orElse("")).toList();
    }

    @Test
    void theSectionsShowWhatIsNewWhatChangesAndWhichLinesCannotBeImported(FxRobot robot) {
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).isEqualTo("Read 4 rows of psa.csv. Creates 1 client,"
                + " 1 site and 2 computers; changes 1 computer; 0 unchanged; 1 not in the file (kept); 1 row cannot be imported.");
        assertThat(tabs(robot)).containsExactly("New (4)", "Changed (1)", "Not in the file (1)", "Likely the same (0)", "Problems (1)");
        assertThat(rows(robot, "#importNewTable")).containsExactly(
                " | client | Initech |  | id c-7",
                " | site | Austin | Initech | ",
                "3 | computer | INI-01 | Initech | dev-ini-01 · SN-I1",
                "4 | computer | INI-02 | Initech › Austin | dev-ini-02 · SN-I2");

        robot.clickOn(robot.lookup("#importSections .tab").nth(1).queryAs(javafx.scene.Node.class));
        assertThat(rows(robot, "#importChangedTable")).hasSize(2).allMatch(r -> r.startsWith("2 | computer | ACME-01 | Acme | "))
                .anyMatch(r -> r.startsWith("2 | computer | ACME-01 | Acme | serial number | ") && r.endsWith(" | SN-A1"));

        robot.clickOn(robot.lookup("#importSections .tab").nth(4).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#importProblemsTable").query().isVisible()).isTrue();
        assertThat(rows(robot, "#importProblemsTable")).containsExactly("5 | The computer has no name.");
        assertThat(robot.lookup("#importApplyNote").queryAs(Label.class).getText()).startsWith("1 row cannot be imported (see Problems)");

        CheckBox others = robot.lookup("#importOtherRows").queryAs(CheckBox.class);
        assertThat(others.getText()).isEqualTo("Import the _other rows (leave out the row that cannot be imported)");
        robot.clickOn(others);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.canApplyProperty().get()).isTrue();
        assertThat(robot.lookup("#importApplyNote").queryAs(Label.class).getText()).isEqualTo("Import applies this as one change: Edit → Undo takes it back.");
    }
}
