package dev.canopy.ui.preferences;

import dev.canopy.ui.SceneSnapshot;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tab at the default window size: the columns fit without a sideways scroll bar and the
 * buttons stay in sight whatever the editor holds. Also leaves PNGs in /tmp for a human to look at.
 */
class PreferencesLayoutTest extends PreferencesTabSupport {

    @Test
    void theTableFitsAndTheButtonsStayInSightForEveryEditor() throws Exception {
        launch(store -> {
            seed(store);
            store.execute(new SetPreference(msp, PROMPT.key(), PreferenceMode.ENFORCED, "15"));
            store.execute(new SetPreference(msp, PreferenceCatalogue.AGENT_UPDATE_CHANNEL.key(), PreferenceMode.OVERRIDE, "BETA"));
            store.execute(new SetPreference(acme, PreferenceCatalogue.BUSINESS_HOURS.key(), PreferenceMode.OVERRIDE, "07:30-17:00"));
            store.execute(new SetPreference(acme, PreferenceCatalogue.SESSION_EMAIL_BCC.key(), PreferenceMode.ENFORCED,
                    "desk@acme.example,boss@acme.example"));
        });
        open("Acme");
        select(PROMPT);
        assertThat(horizontalScrollBarShown()).isFalse();
        SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), "preferences");

        for (var setting : PreferenceCatalogue.standard().all()) {
            select(setting);
            assertThat(inWindow(robot.lookup("#overrideButton").query())).as(setting.key()).isTrue();
            assertThat(inWindow(robot.lookup("#inheritButton").query())).as(setting.key()).isTrue();
            if (setting == PreferenceCatalogue.AGENT_AUTO_UPDATE || setting == PreferenceCatalogue.TENANT_NAMING_RULE
                    || setting == PreferenceCatalogue.ONBOARDING_WELCOME_MESSAGE) {
                SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), "preferences-" + setting.key());
            }
            if (setting == PreferenceCatalogue.SESSION_EMAIL_BCC) {
                SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), "preferences-email");
            }
            if (setting == PreferenceCatalogue.EXCLUDED_COMPUTERS) {
                waitFor(() -> robot.lookup("#computerChoiceList").queryListView().getItems().size() == 3);
                SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), "preferences-computers");
            }
        }
        select(PreferenceCatalogue.BUSINESS_HOURS);
        SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), "preferences-time");
    }

    private boolean horizontalScrollBarShown() {
        return robot.lookup("#preferenceTable .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    private static boolean inWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        var scene = node.getScene();
        return node.isVisible() && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() && bounds.getMaxY() <= scene.getHeight();
    }
}
