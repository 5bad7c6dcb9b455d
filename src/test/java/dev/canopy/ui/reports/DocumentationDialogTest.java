package dev.canopy.ui.reports;

import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.ViewModelFixture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The documentation dialog on a real store: the choices it offers, Save as… writing the chosen format, Cancel writing nothing. */
@ExtendWith(ApplicationExtension.class)
class DocumentationDialogTest extends ViewModelFixture {

    private final ComplianceSeed seed = new ComplianceSeed();
    private final List<String> suggested = new ArrayList<>();
    private Stage stage;
    private Path file;

    @Start
    void start(Stage given) {
        open(seed::write);
        select(seed.acme);
        stage = given;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void openDialog(FxRobot robot) throws Exception {
        file = folder.resolve("out.doc");
        DocumentationViewModel model = new DocumentationViewModel(services().tenants(), services().store(), services().tasks(),
                services().notices(), Clock.systemDefaultZone());
        Platform.runLater(() -> DocumentationDialog.open(stage, model, m -> {
            suggested.add(m.suggestedFileName());
            return Optional.of(file);
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#documentationDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveAsWritesTheChosenFormatOfTheTenantAlone(FxRobot robot) throws Exception {
        openDialog(robot);
        assertThat(robot.lookup("#documentationDialog .header-panel .label").queryAs(Label.class).getText()).isEqualTo("Document Northwind › Acme");
        CheckBox subtree = robot.lookup("#documentationSubtree").queryAs(CheckBox.class);
        assertThat(subtree.getText()).isEqualTo("With its 2 sub-tenants (a chapter each)");
        assertThat(subtree.isSelected()).isTrue();

        robot.clickOn("#documentationSubtree").clickOn("#documentationHtml");
        robot.clickOn(robot.lookup("#documentationDialog .button").match((javafx.scene.control.Button b) -> b.getText().endsWith("Save as…")).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));

        assertThat(suggested).singleElement().asString().startsWith("acme-documentation-").endsWith(".html");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Acme</h2>").doesNotContain("<h2>Acme Berlin</h2>");
        assertThat(main.noticeProperty().get()).startsWith("Wrote the documentation of 1 tenant");
    }

    @Test
    void cancelWritesNothing(FxRobot robot) throws Exception {
        openDialog(robot);

        robot.clickOn(robot.lookup("#documentationDialog .button").match(hasText("Cancel")).queryButton());

        assertThat(robot.lookup("#documentationDialog").tryQuery()).isEmpty();
        assertThat(suggested).isEmpty();
        assertThat(file).doesNotExist();
    }
}
