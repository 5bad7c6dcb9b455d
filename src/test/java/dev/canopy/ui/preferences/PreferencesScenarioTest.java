package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Preferences tab in the whole window: it follows the tenant found in the tree, saves through
 * the window's commands, and Ctrl+Z in the table undoes on the tenant it changed. The rules and
 * texts are in {@link PreferencesViewModelTest}, the view's parts in the component tests.
 */
@Tag("scenario")
class PreferencesScenarioTest extends AppTestSupport {

    private final PreferencesSeed seed = new PreferencesSeed();
    private final PreferencesViewDriver driver = new PreferencesViewDriver(robot, this::settle);

    /** Finds a tenant with the tree's search, as a technician would, and shows its Preferences tab. */
    private void open(String tenant) throws Exception {
        robot.clickOn("#tenantSearch").push(KeyCode.CONTROL, KeyCode.A).write(tenant);
        settle();
        robot.clickOn(cell(tenant));
        robot.clickOn("#preferencesTab");
        settle();
        waitFor(() -> ("Preferences of " + tenant).equals(driver.text("#preferencesTitle")));
    }


    @Test
    void aSettingOfTheTenantFoundInTheTreeIsOverriddenAndCtrlZInTheTableUndoesItOnThatTenant() throws Exception {
        launch(seed::write);
        open("Acme");
        assertThat(driver.view().getWidth()).as("the room the component tests give the view").isGreaterThanOrEqualTo(PreferencesViewFixture.WIDTH);
        assertThat(driver.view().getHeight()).isGreaterThanOrEqualTo(PreferencesViewFixture.HEIGHT);

        driver.select(PreferencesFixture.PROMPT);
        driver.retype("#settingValueField", "30");
        driver.press("#overrideButton");
        assertThat(model().current().preferences()).extracting(TenantPreference::value).containsExactly("30");
        assertThat(driver.shownLine(PreferencesFixture.PROMPT)).containsExactly("Prompt timeout", "30 minutes", "Set on this tenant", "Override");

        open("Globex");
        robot.clickOn(driver.cells(PreferencesFixture.PROMPT).get(0));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(model().current().preferences()).isEmpty();
        waitFor(() -> "Preferences of Acme".equals(driver.text("#preferencesTitle")));
        assertThat(driver.shownLine(PreferencesFixture.PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
    }
}
