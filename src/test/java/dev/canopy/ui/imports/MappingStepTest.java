package dev.canopy.ui.imports;

import dev.canopy.imports.SavedMappings;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Columns step on screen for a CSV of a shape Canopy does not know: map it by hand, see what each column holds. */
@ExtendWith({ApplicationExtension.class, ClosesWindows.class})
class MappingStepTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        SavedMappings saved = new SavedMappings(folder);
        ImportSource source = ImportSource.read(ImportFiles.write(folder, "psa.csv", ImportFiles.PSA), saved);
        stage.setScene(new Scene(new MappingStep(new MappingModel(source, new ImmediateTaskExecutor(), saved)), 900, 640));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() ? ((javafx.scene.control.Labeled) node).getText() : "";
    }

    /** Opens a column choice and clicks the column, as the technician does. */
    private static void choose(FxRobot robot, String comboId, String column) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<String> c) -> column.equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void mappingTheRequiredFieldsClearsTheirErrorAndShowsWhatTheColumnsHold(FxRobot robot) {
        assertThat(robot.lookup("#importRecognised").queryAs(Label.class).getText()).isEqualTo("Not a known export: map its columns");
        assertThat(text(robot, "#importMappingError")).startsWith("Client is not mapped to a column; Computer name is not mapped to a column.");
        assertThat(robot.lookup("#column-CLIENT").queryAs(ComboBox.class).getItems()).hasSize(8);  // "not in the file" and the 7 columns
        ComboBox<?> email = robot.lookup("#column-PERSON_EMAIL").queryAs(ComboBox.class);
        assertThat(email.getAccessibleText()).isEqualTo("Person e-mail: column");
        assertThat(robot.lookup("#column-PERSON_NAME").queryAs(ComboBox.class).getItems()).as("offered like any optional field").hasSize(8);
        javafx.geometry.Bounds last = email.localToScene(email.getBoundsInLocal());
        assertThat(last.getMaxY()).as("every field, the person ones last, fits without scrolling").isLessThan(email.getScene().getHeight());

        choose(robot, "#column-CLIENT", "Client");
        assertThat(text(robot, "#importMappingError")).startsWith("Computer name is not mapped to a column.").doesNotContain("Client is");
        assertThat(text(robot, "#sample-CLIENT")).isEqualTo("Acme, Initech");

        choose(robot, "#column-COMPUTER_NAME", "Device");
        assertThat(text(robot, "#importMappingError")).isEmpty();
        assertThat(text(robot, "#sample-COMPUTER_NAME")).isEqualTo("ACME-01, INI-01, INI-02");

        choose(robot, "#column-OS", "OS");
        assertThat(text(robot, "#sample-OS")).isEqualTo("Windows 11 Enterprise, Windows 11 Pro, Ubuntu 24.04");

        assertThat(text(robot, "#importSourceError")).startsWith("Name the source");
        robot.clickOn("#importSourceField").write("psa-x");
        assertThat(text(robot, "#importSourceError")).isEmpty();
        assertThat(robot.lookup("#importSaveMapping").queryAs(CheckBox.class).getText()).isEqualTo("Save this mapping for psa-x");
        assertThat(robot.lookup("#importDateRow").query().isVisible()).as("no last-seen column mapped").isFalse();
    }
}
