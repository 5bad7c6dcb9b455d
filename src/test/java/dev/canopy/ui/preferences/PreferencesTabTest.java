package dev.canopy.ui.preferences;

import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.store.LocalStore;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Override, inherit below, enforce from above, go back to inherit, undo, and bad values refused at the field. */
class PreferencesTabTest extends PreferencesTabSupport {

    @Test
    void settingsAreGroupedByAreaAndAllShowTheirDefaultAtFirst() throws Exception {
        launch(this::seed);
        open("Acme");

        List<String> areas = view().table().getRoot().getChildren().stream()
                .map(area -> ((TableEntry.AreaHeading) area.getValue()).area()).toList();
        assertThat(areas).containsExactlyElementsOf(PreferenceCatalogue.standard().byArea().keySet());
        assertThat(areas).startsWith("Maintenance", "Agent", "Deployments");
        for (TreeItem<TableEntry> area : view().table().getRoot().getChildren()) {
            String name = ((TableEntry.AreaHeading) area.getValue()).area();
            assertThat(area.getChildren()).extracting(item -> ((PreferenceRow) item.getValue()).key())
                    .containsExactlyElementsOf(PreferenceCatalogue.standard().byArea().get(name).stream().map(d -> d.key()).toList());
        }
        assertThat(PreferenceCatalogue.standard().all()).allSatisfy(setting -> assertThat(row(setting).source()).isEqualTo("Default"));

        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
        assertThat(shownLine(PreferenceCatalogue.REBOOT_PREFERENCE)).containsExactly("Reboot preference", "Normal", "Default", "Inherit");
        assertThat(shownLine(PreferenceCatalogue.BUSINESS_HOURS)).containsExactly("Business hours", "08:00–18:00", "Default", "Inherit");
        assertThat(text("#preferenceEditorHint")).startsWith("Select a setting");
    }

    @Test
    void aNumberOverriddenOnAClientIsInheritedByItsSubTenantAndUndoRestoresIt() throws Exception {
        launch(this::seed);
        open("Acme");
        select(PROMPT);
        assertThat(text("#preferenceSource")).isEqualTo("In effect: 60 minutes  ·  Default");
        assertThat(disabled("#inheritButton")).as("nothing of its own to remove").isTrue();

        retype("#settingValueField", "30");
        robot.clickOn("#overrideButton");
        settle();

        assertThat(model().current().preferences()).extracting(TenantPreference::tenantId, TenantPreference::key, TenantPreference::mode, TenantPreference::value)
                .containsExactly(tuple(acme, PROMPT.key(), PreferenceMode.OVERRIDE, "30"));
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "30 minutes", "Set on this tenant", "Override");
        assertThat(text("#preferenceSource")).isEqualTo("In effect: 30 minutes  ·  Set on this tenant");
        assertThat(disabled("#inheritButton")).isFalse();

        open("Acme Berlin");
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "30 minutes", "Inherited from Acme", "Inherit");
        open("Globex");
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");

        robot.clickOn(cells(tableRow(PROMPT)).get(0));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(model().current().preferences()).isEmpty();
        // undo goes back to the tenant whose setting it changed
        waitFor(() -> "Preferences of Acme".equals(text("#preferencesTitle")));
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
    }

    @Test
    void aValueEnforcedByTheMspLocksTheClientsEditorWithTheReasonUntilItInheritsAgain() throws Exception {
        launch(store -> {
            seed(store);
            store.execute(new SetPreference(acme, PROMPT.key(), PreferenceMode.OVERRIDE, "45"));
        });
        open("Northwind");
        select(PROMPT);
        retype("#settingValueField", "15");
        robot.clickOn("#enforceButton");
        settle();
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced here", "Enforce");

        open("Acme");
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced by Northwind", "Override (ignored)");
        assertThat(cells(tableRow(PROMPT)).get(2).getGraphic()).as("a lock next to the source").isNotNull();
        select(PROMPT);
        assertThat(text("#preferenceLocked")).isEqualTo("Enforced by Northwind: children cannot override it.");
        assertThat(disabled("#settingValueField")).isTrue();
        assertThat(robot.lookup("#settingValueField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(disabled("#overrideButton")).isTrue();
        assertThat(disabled("#enforceButton")).isTrue();
        assertThat(disabled("#inheritButton")).as("its own value can still be removed").isFalse();

        open("Acme Berlin");
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced by Northwind", "Inherit");

        open("Northwind");
        select(PROMPT);
        robot.clickOn("#inheritButton");
        settle();
        assertThat(model().current().preferences()).extracting(TenantPreference::tenantId).containsExactly(acme);
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");

        open("Acme");
        assertThat(shownLine(PROMPT)).containsExactly("Prompt timeout", "45 minutes", "Set on this tenant", "Override");
        select(PROMPT);
        assertThat(shown("#preferenceLocked")).isFalse();
        assertThat(disabled("#settingValueField")).isFalse();

        robot.clickOn("#undoButton");
        settle();
        assertThat(model().current().preferences()).extracting(TenantPreference::tenantId, TenantPreference::mode, TenantPreference::value)
                .containsExactlyInAnyOrder(tuple(acme, PreferenceMode.OVERRIDE, "45"), tuple(msp, PreferenceMode.ENFORCED, "15"));
    }

    @Test
    void badValuesAreRefusedWithTheMessageAtTheFieldAndNothingIsSaved() throws Exception {
        launch(this::seed);
        open("Acme");
        select(PROMPT);
        assertThat(shown("#preferenceError")).isFalse();

        retype("#settingValueField", "abc");
        robot.clickOn("#overrideButton");
        settle();
        assertThat(text("#preferenceError")).isEqualTo("Prompt timeout must be a whole number from 0 to 1440 (got \"abc\").");
        assertThat(robot.lookup("#settingValueField").query().getPseudoClassStates()).extracting(Object::toString).contains("danger");

        retype("#settingValueField", "5000");
        assertThat(text("#preferenceError")).as("re-checked as it is typed").contains("(got \"5000\")");
        robot.clickOn("#enforceButton");
        settle();
        assertThat(text("#preferenceError")).isEqualTo("Prompt timeout must be a whole number from 0 to 1440 (got \"5000\").");

        retype("#settingValueField", "120");
        assertThat(shown("#preferenceError")).as("the message goes once the value is fixed").isFalse();

        select(PreferenceCatalogue.BUSINESS_HOURS);
        retype("#rangeStartField", "18:00");
        retype("#rangeEndField", "08:00");
        robot.clickOn("#overrideButton");
        settle();
        assertThat(text("#preferenceError")).isEqualTo("Business hours must start before it ends (got \"18:00-08:00\").");

        select(PreferenceCatalogue.SESSION_EMAIL_BCC);
        assertThat(shown("#preferenceError")).as("another setting starts clean").isFalse();
        robot.clickOn("#emailAddField").write("bob@").type(KeyCode.ENTER);
        assertThat(text("#preferenceError")).isEqualTo("\"bob@\" is not a valid e-mail address.");
        assertThat(robot.lookup("#emailList").queryListView().getItems()).isEmpty();
        robot.clickOn("#overrideButton");
        settle();
        assertThat(text("#preferenceError")).isEqualTo("\"bob@\" is not a valid e-mail address.");

        assertThat(model().current().preferences()).isEmpty();
        assertThat(model().undoState().canUndoProperty().get()).isFalse();
        assertThat(row(PROMPT).source()).isEqualTo("Default");
    }
}
