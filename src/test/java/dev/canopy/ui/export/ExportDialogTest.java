package dev.canopy.ui.export;

import dev.canopy.imports.export.CanopyExport;
import dev.canopy.imports.export.ExportSeed;
import dev.canopy.ui.ViewModelFixture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The export dialog on a real store: what it offers, Save as… writing the chosen format, Cancel writing nothing. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest extends ViewModelFixture {

    /** Where the exports go, beside the data folder. */
    @TempDir
    Path out;

    private final ExportSeed seed = new ExportSeed();
    private final List<String> asked = new ArrayList<>();
    private Stage stage;
    private Path target;

    @Start
    void start(Stage given) {
        open(seed::write);
        stage = given;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void openDialog(FxRobot robot, String where) throws Exception {
        target = out.resolve(where);
        ExportViewModel model = new ExportViewModel(services().tenants(), services().store(), services().tasks(), services().notices(),
                Clock.systemDefaultZone());
        Platform.runLater(() -> ExportDialog.open(stage, model, m -> {
            asked.add(m.formatProperty().get() + " " + m.suggestedName());
            return Optional.of(target);
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveAs(FxRobot robot) {
        robot.clickOn(robot.lookup("#exportDialog .button").match((javafx.scene.control.Button b) -> b.getText().endsWith("Save as…")).queryButton());
    }

    @Test
    void saveAsWritesTheJsonExportByDefault(FxRobot robot) throws Exception {
        openDialog(robot, "northwind.json");
        assertThat(robot.lookup("#exportContents").queryAs(Label.class).getText()).startsWith("Every tenant: 8 tenants and 8 computers");
        assertThat(robot.lookup("#exportJson").queryAs(RadioButton.class).isSelected()).isTrue();

        saveAs(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));

        assertThat(asked).singleElement().asString().startsWith("JSON canopy-export-").endsWith(".canopy");
        assertThat(CanopyExport.isExport(target)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> String.valueOf(main.noticeProperty().get()).startsWith("Exported 8 tenants"));
    }

    @Test
    void choosingCsvWritesTheFolder(FxRobot robot) throws Exception {
        openDialog(robot, "csv");
        robot.clickOn("#exportCsv");
        saveAs(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target.resolve("tenants.csv")));

        assertThat(asked).singleElement().asString().startsWith("CSV canopy-export-").doesNotEndWith(".json");
    }

    @Test
    void cancelWritesNothing(FxRobot robot) throws Exception {
        openDialog(robot, "northwind.json");

        robot.clickOn(robot.lookup("#exportDialog .button").match(hasText("Cancel")).queryButton());

        assertThat(robot.lookup("#exportDialog").tryQuery()).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(target).doesNotExist();
    }
}
