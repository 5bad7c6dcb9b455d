package dev.canopy.ui.settings;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saved tab when the editor tabs are made only once the store is open: it is selected when they arrive, and a
 * window closed before then (a store still opening, or one that failed) saves the tab it was given, not none.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStateKeeperTest {

    private static final WindowState LEFT_ON_USERS = new WindowState(0, 0, 0, 0, false, 0, null, "usersTab");

    private TabPane tabs;
    private WindowStateKeeper keeper;

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        keeper = new WindowStateKeeper(stage, new SplitPane(), tabs, new SimpleObjectProperty<UUID>());
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(keeper::dispose);
    }

    private static Tab tab(String id) {
        Tab tab = new Tab(id);
        tab.setId(id);
        return tab;
    }

    @Test
    void theSavedTabIsSelectedWhenTheTabsArrive(FxRobot robot) {
        robot.interact(() -> keeper.restore(LEFT_ON_USERS));
        robot.interact(() -> tabs.getTabs().addAll(tab("overviewTab"), tab("computersTab"), tab("usersTab")));

        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("usersTab");
    }

    @Test
    void aWindowClosedBeforeTheTabsArriveKeepsTheSavedTab(FxRobot robot) {
        robot.interact(() -> keeper.restore(LEFT_ON_USERS));

        assertThat(keeper.capture().tab()).isEqualTo("usersTab");
    }

    @Test
    void onceChosenTheTechniciansTabIsWhatIsSaved(FxRobot robot) {
        robot.interact(() -> keeper.restore(LEFT_ON_USERS));
        robot.interact(() -> tabs.getTabs().addAll(tab("overviewTab"), tab("usersTab")));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> tabs.getTabs().add(tab("historyTab")));  // a later change to the tabs does not select the saved one again

        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("overviewTab");
        assertThat(keeper.capture().tab()).isEqualTo("overviewTab");
    }
}
