package dev.canopy.ui.preferences;

import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.ui.SceneSnapshot;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view in the room the default window gives it: the columns fit without a sideways scroll bar
 * and the buttons stay in sight whatever the editor holds. With -Dcanopy.snapshots=true it leaves
 * PNGs of the editors in target/snapshots for a human to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesLayoutTest extends PreferencesViewFixture {

    /** The editors worth a picture, by the snapshot's name. */
    private static final Map<SettingDefinition, String> SNAPSHOTS = Map.of(
            PreferenceCatalogue.AGENT_AUTO_UPDATE, "preferences-" + PreferenceCatalogue.AGENT_AUTO_UPDATE.key(),
            PreferenceCatalogue.TENANT_NAMING_RULE, "preferences-" + PreferenceCatalogue.TENANT_NAMING_RULE.key(),
            PreferenceCatalogue.ONBOARDING_WELCOME_MESSAGE, "preferences-" + PreferenceCatalogue.ONBOARDING_WELCOME_MESSAGE.key(),
            PreferenceCatalogue.SESSION_EMAIL_BCC, "preferences-email",
            PreferenceCatalogue.EXCLUDED_COMPUTERS, "preferences-computers",
            PreferenceCatalogue.BUSINESS_HOURS, "preferences-time");

    @Start
    void start(Stage primary) {
        mount("Acme", store -> {
            store.execute(new SetPreference(seed.msp, PROMPT.key(), PreferenceMode.ENFORCED, "15"));
            store.execute(new SetPreference(seed.msp, PreferenceCatalogue.AGENT_UPDATE_CHANNEL.key(), PreferenceMode.OVERRIDE, "BETA"));
            store.execute(new SetPreference(seed.acme, PreferenceCatalogue.BUSINESS_HOURS.key(), PreferenceMode.OVERRIDE, "07:30-17:00"));
            store.execute(new SetPreference(seed.acme, PreferenceCatalogue.SESSION_EMAIL_BCC.key(), PreferenceMode.ENFORCED,
                    "desk@acme.example,boss@acme.example"));
        });
    }

    @Test
    void theTableFitsAndTheButtonsStayInSightForEveryEditor() throws Exception {
        driver.choose(PROMPT);
        assertThat(horizontalScrollBarShown()).isFalse();
        SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), "preferences");

        for (SettingDefinition setting : PreferenceCatalogue.standard().all()) {
            driver.choose(setting);
            assertThat(PreferencesViewDriver.inSight(robot.lookup("#overrideButton").query())).as(setting.key()).isTrue();
            assertThat(PreferencesViewDriver.inSight(robot.lookup("#inheritButton").query())).as(setting.key()).isTrue();
            if (SNAPSHOTS.containsKey(setting)) {
                SceneSnapshot.saveIfAsked(robot.lookup("#preferenceTable").query().getScene(), SNAPSHOTS.get(setting));
            }
        }
    }

    private boolean horizontalScrollBarShown() {
        return robot.lookup("#preferenceTable .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }
}
