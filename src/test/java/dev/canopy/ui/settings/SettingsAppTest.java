package dev.canopy.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.AppTestSupport;
import dev.canopy.ui.main.MainViewModel;
import javafx.application.Application;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The real app: the Settings dialog changes the look of the open window at once; the window comes back as it was left. */
class SettingsAppTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();

    private boolean seeded;

    private void seed(LocalStore store) {
        if (!seeded) {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            seeded = true;
        }
    }

    private static SplitPane workArea(TabPane tabs) {
        javafx.scene.Parent up = tabs.getParent();
        while (!(up instanceof SplitPane)) {
            up = up.getParent();
        }
        return (SplitPane) up;
    }

    private Stage mainStage() {
        return (Stage) robot.lookup("#editorTabs").query().getScene().getWindow();
    }

    @Test
    void theDialogSwitchesTheOpenWindowToDarkAndSavesIt() throws Exception {
        launch(this::seed);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.COMMA).release(javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#themeChoice").queryComboBox().getSelectionModel().select(Settings.Theme.DARK);
            robot.lookup("#fontSizeSpinner").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(16);
        });
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        assertThat(mainStage().getScene().getRoot().getStyle()).contains("-fx-font-size: 16px");
        assertThat(robot.lookup("#settingsDialog").query().getScene().getRoot().getStyle())
                .as("the dialog itself follows too").contains("-fx-font-size: 16px");
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#settingsDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(SettingsDialog.OK)).fire());
        settle();
        waitFor(() -> Files.exists(folder.resolve("config").resolve("settings.json")));
        assertThat(new SettingsFiles(folder.resolve("config")).loadSettings().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(Window.getWindows()).noneMatch(w -> w.getScene() != null && w.getScene().getRoot().getId() != null
                && w.getScene().getRoot().getId().equals("settingsDialog"));
    }

    @Test
    void theWindowOpensAgainAsItWasLeft() throws Exception {
        launch(this::seed);
        robot.interact(() -> {
            Stage stage = mainStage();
            stage.setX(60);
            stage.setY(40);
            stage.setWidth(1010);
            stage.setHeight(640);
        });
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "usersTab".equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            workArea(tabs).setDividerPositions(0.5);
            model().selectedTenantProperty().set(acme);
        });
        settle();
        FxToolkit.cleanupApplication(app);  // stop(): the state is saved as the window closes
        FxToolkit.cleanupStages();
        app = null;

        launch(this::seed);
        Stage stage = mainStage();
        assertThat(stage.getWidth()).isEqualTo(1010);
        assertThat(stage.getHeight()).isEqualTo(640);
        assertThat(stage.getX()).isEqualTo(60);
        assertThat(stage.getY()).isEqualTo(40);
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("usersTab");
        assertThat(workArea(tabs).getDividerPositions()[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(model().selectedTenantProperty().get()).isEqualTo(acme);
        assertThat(model().stateProperty().get()).isEqualTo(MainViewModel.State.READY);
    }
}
