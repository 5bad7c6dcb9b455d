package dev.canopy.ui.welcome;

import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The welcome of an empty folder offers to connect to the team's server beside naming an MSP, only when the app has sync. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class WelcomeConnectTest {

    private int connects;
    private WelcomeView withoutSync;
    private final FirstRun nothing = new FirstRun() {
        @Override
        public Path folder() {
            return Path.of("/data/canopy");
        }

        @Override
        public void createMsp(String name, Consumer<Throwable> onRefused) {
        }

        @Override
        public RunningTask loadSample(Runnable onDone, Consumer<Throwable> onFailure) {
            return null;
        }
    };

    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        Stage withSync = new Stage();
        withSync.setScene(new Scene(new WelcomeView(nothing, () -> connects++), 600, 700));
        withSync.show();
        withoutSync = new WelcomeView(nothing);
    }

    @Test
    void connectIsOfferedBesideNamingTheMspOnlyWithSync(FxRobot robot) {
        assertThat(withoutSync.lookup("#connectServerButton")).as("no sync, no offer").isNull();
        assertThat(withoutSync.lookup("#createMspButton")).isNotNull();
        assertThat(robot.lookup("#createMspButton").tryQuery()).isPresent();
        robot.clickOn("#connectServerButton");
        assertThat(connects).isEqualTo(1);
    }
}
