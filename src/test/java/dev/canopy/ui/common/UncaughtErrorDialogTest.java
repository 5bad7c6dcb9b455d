package dev.canopy.ui.common;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.ui.AppTestSupport;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app with a failure injected where no code catches it (a background thread, the FX thread): the readable
 * dialog appears, Copy details puts the report on the clipboard, and after Close the window still works.
 */
class UncaughtErrorDialogTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
        });
    }

    private static void failInBackground() {
        throw new IllegalStateException("the sync worker lost its place");
    }

    private int dialogsShown() {
        return robot.lookup("#uncaughtErrorDialog").queryAll().size();
    }

    private DialogPane dialog() {
        return robot.lookup("#uncaughtErrorDialog").queryAs(DialogPane.class);
    }

    @Test
    void aBackgroundThreadsFailureShowsTheDialogCopiesItsDetailsAndTheWindowGoesOn() throws Exception {
        Thread worker = new Thread(UncaughtErrorDialogTest::failInBackground, "canopy-test-worker");
        worker.start();
        worker.join();
        waitFor(() -> dialogsShown() == 1);

        String message = dialog().getContentText();
        assertThat(message).startsWith("Something unexpected went wrong (IllegalStateException).")
                .contains("Canopy goes on running").doesNotContain("\tat ");

        robot.clickOn("#copyErrorDetails");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Thread: canopy-test-worker",
                "java.lang.IllegalStateException: the sync worker lost its place",
                "\tat dev.canopy.ui.common.UncaughtErrorDialogTest.failInBackground(UncaughtErrorDialogTest.java:");
        assertThat(dialogsShown()).as("copying keeps the dialog open").isEqualTo(1);

        robot.clickOn((Button) dialog().lookupButton(ButtonType.CLOSE));
        waitFor(() -> dialogsShown() == 0);

        robot.clickOn(cell("Globex"));
        waitFor(() -> globex.equals(model().selectedTenantProperty().get()));
        assertThat(model().stateProperty().get()).isNotEqualTo(dev.canopy.ui.main.MainViewModel.State.FAILED);
    }

    @Test
    void aBurstOfFailuresOnTheFxThreadGivesOneDialogThatCountsThem() throws Exception {
        for (int i = 1; i <= 20; i++) {
            int n = i;
            Platform.runLater(() -> {
                throw new IllegalArgumentException("cell " + n + " could not be drawn");
            });
        }
        waitFor(() -> dialog() != null && dialog().getContentText().contains("It happened 19 more times since."));
        assertThat(dialogsShown()).isEqualTo(1);

        robot.clickOn((Button) dialog().lookupButton(ButtonType.CLOSE));
        waitFor(() -> dialogsShown() == 0);
        robot.clickOn(cell("Globex"));
        waitFor(() -> globex.equals(model().selectedTenantProperty().get()));
    }
}
