package dev.canopy.tools;

import dev.canopy.imports.entra.FakeGraph;
import dev.canopy.ui.CanopyApp;
import dev.canopy.ui.imports.EntraImportDialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/**
 * The Entra import dialog on the tour's selected tenant against a Graph-shaped server on loopback: the empty form,
 * then the dry run's sections. Closed: nothing imported.
 */
final class EntraScreens {

    private final FxRobot robot;
    private final ImportScreens.Shot shot;

    EntraScreens(FxRobot robot, ImportScreens.Shot shot) {
        this.robot = robot;
        this.shot = shot;
    }

    void run(CanopyApp app, Window owner) throws Exception {
        try (FakeGraph graph = new FakeGraph()) {
            robot.interact(() -> EntraImportDialog.open(owner, app.model().services()));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entraImportDialog").tryQuery().isPresent());
            pause();
            shot.window("entraImport");
            robot.interact(() -> robot.lookup("#entraGraphUrl").queryAs(TextField.class).setText(graph.url()));
            robot.clickOn("#entraToken").write(FakeGraph.TOKEN);
            robot.clickOn("#entraDryRunButton");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    // the summary is filled once the plan is shown (the label itself is visible before, inside a hidden box)
                    () -> robot.lookup("#entraSummary").tryQuery().map(n -> !((javafx.scene.control.Label) n).getText().isEmpty()).orElse(false));
            pause();
            shot.window("entraImportDryRun");
            robot.clickOn("#entraCloseButton");
            pause();
        }
    }

    private static void pause() throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
