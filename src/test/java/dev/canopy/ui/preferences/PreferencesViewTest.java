package dev.canopy.ui.preferences;

import atlantafx.base.theme.Styles;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Preferences view on its own over Acme: the table by area, the editor below it with where the
 * value comes from, the buttons and the lock, and messages at the field.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesViewTest extends PreferencesViewFixture {

    @Start
    void start(Stage primary) {
        mount("Acme", store -> { });
    }

    private static boolean danger(javafx.scene.Node node) {
        return node.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    @Test
    void theTableGroupsTheSettingsByAreaAndShowsEachLineAsWorded() throws Exception {
        assertThat(driver.text("#preferencesTitle")).isEqualTo("Preferences of Acme");
        assertThat(driver.view().table().getRoot().getChildren()).extracting(TreeItem::getValue)
                .extracting(e -> ((TableEntry.AreaHeading) e).area())
                .containsExactlyElementsOf(PreferenceCatalogue.standard().byArea().keySet());
        assertThat(driver.shownLine(PROMPT)).isEqualTo(line(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
        assertThat(driver.shownLine(PreferenceCatalogue.BUSINESS_HOURS)).isEqualTo(line(PreferenceCatalogue.BUSINESS_HOURS));
        assertThat(driver.cells(PROMPT).get(1).getStyleClass()).as("a default is muted").contains("value-default");
        assertThat(driver.text("#preferenceEditorHint")).startsWith("Select a setting");
    }

    @Test
    void anOverrideFromTheEditorUpdatesTheLineAndTheSettingStaysSelected() throws Exception {
        driver.select(PROMPT);
        assertThat(driver.text("#preferenceSource")).isEqualTo("In effect: 60 minutes  ·  Default");
        assertThat(driver.disabled("#inheritButton")).as("nothing of its own to remove").isTrue();

        driver.retype("#settingValueField", "30");
        driver.press("#overrideButton");
        assertThat(savedByAcme(PROMPT)).isEqualTo("30");
        assertThat(driver.shownLine(PROMPT)).containsExactly("Prompt timeout", "30 minutes", "Set on this tenant", "Override");
        assertThat(driver.cells(PROMPT).get(1).getStyleClass()).as("set here: bold").contains("value-own");
        assertThat(driver.text("#preferenceSource")).isEqualTo("In effect: 30 minutes  ·  Set on this tenant");
        assertThat(driver.disabled("#inheritButton")).isFalse();
        assertThat(((PreferenceRow) driver.view().table().getSelectionModel().getSelectedItem().getValue()).key()).isEqualTo(PROMPT.key());

        driver.press("#inheritButton");
        assertThat(stored()).isEmpty();
        assertThat(driver.shownLine(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
    }

    @Test
    void aValueEnforcedAboveShowsALockAndLocksTheEditorWithTheReason() throws Exception {
        robot.interact(() -> {
            model.selectedKeyProperty().set(PROMPT.key());
            model.apply(PreferenceMode.OVERRIDE, "45");
            show("Northwind");
        });
        driver.enter("#settingValueField", "15");
        driver.press("#enforceButton");
        assertThat(driver.shownLine(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced here", "Enforce");
        assertThat(driver.cells(PROMPT).get(2).getGraphic()).as("a lock next to the source").isNotNull();

        robot.interact(() -> show("Acme"));
        assertThat(driver.shownLine(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced by Northwind", "Override (ignored)");
        assertThat(driver.cells(PROMPT).get(2).getGraphic()).isNotNull();
        assertThat(driver.cells(PROMPT).get(2).getTooltip().getText()).isEqualTo("Enforced by Northwind: children cannot override it.");
        assertThat(driver.text("#preferenceLocked")).isEqualTo("Enforced by Northwind: children cannot override it.");
        assertThat(driver.disabled("#settingValueField")).isTrue();
        assertThat(driver.disabled("#overrideButton")).isTrue();
        assertThat(driver.disabled("#enforceButton")).isTrue();
        assertThat(driver.disabled("#inheritButton")).as("its own value can still be removed").isFalse();

        driver.press("#inheritButton");
        assertThat(stored()).extracting(TenantPreference::tenantId, TenantPreference::mode).containsExactly(tuple(seed.msp, PreferenceMode.ENFORCED));
        assertThat(driver.shownLine(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced by Northwind", "Inherit");
        assertThat(driver.disabled("#inheritButton")).isTrue();

        // once the MSP stops enforcing, the editor here is open again
        robot.interact(() -> {
            show("Northwind");
            model.apply(PreferenceMode.INHERIT, "");
            show("Acme");
        });
        assertThat(driver.shown("#preferenceLocked")).isFalse();
        assertThat(driver.disabled("#settingValueField")).isFalse();
        assertThat(driver.disabled("#overrideButton")).isFalse();
        assertThat(driver.cells(PROMPT).get(2).getGraphic()).as("no lock").isNull();
    }

    @Test
    void aRefusedValueShowsTheMessageAtTheFieldInTheDangerColourUntilItIsFixed() throws Exception {
        driver.select(PROMPT);
        assertThat(driver.shown("#preferenceError")).isFalse();
        driver.retype("#settingValueField", "abc");
        assertThat(driver.shown("#preferenceError")).as("not before a save").isFalse();
        driver.press("#overrideButton");
        assertThat(driver.text("#preferenceError")).isEqualTo("Prompt timeout must be a whole number from 0 to 1440 (got \"abc\").");
        assertThat(danger(robot.lookup("#settingValueField").query())).isTrue();

        driver.enter("#settingValueField", "5000");
        assertThat(driver.text("#preferenceError")).as("re-checked as it is typed").contains("(got \"5000\")");
        driver.enter("#settingValueField", "120");
        assertThat(driver.shown("#preferenceError")).as("the message goes once the value is fixed").isFalse();
        assertThat(danger(robot.lookup("#settingValueField").query())).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFoldedAreaStaysFoldedWhenTheTableReloads() throws Exception {
        TreeItem<TableEntry> agent = driver.view().table().getRoot().getChildren().stream()
                .filter(a -> ((TableEntry.AreaHeading) a.getValue()).area().equals("Agent")).findFirst().orElseThrow();
        robot.interact(() -> agent.setExpanded(false));
        driver.choose(PROMPT);
        driver.enter("#settingValueField", "30");
        driver.press("#overrideButton");

        List<String> folded = driver.view().table().getRoot().getChildren().stream().filter(a -> !a.isExpanded())
                .map(a -> ((TableEntry.AreaHeading) a.getValue()).area()).toList();
        assertThat(folded).containsExactly("Agent");
    }
}
