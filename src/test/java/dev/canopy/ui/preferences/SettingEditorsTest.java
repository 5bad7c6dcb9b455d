package dev.canopy.ui.preferences;

import atlantafx.base.controls.ToggleSwitch;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each type of setting is edited with a control that fits it, and saves the canonical value. */
class SettingEditorsTest extends PreferencesTabSupport {

    private String saved(SettingDefinition setting) {
        return model().current().preferences().stream().filter(p -> p.key().equals(setting.key()) && p.tenantId().equals(acme))
                .map(TenantPreference::value).findFirst().orElseThrow();
    }

    @Test
    void aSwitchAChoiceANumberStepperAndATimeRange() throws Exception {
        launch(this::seed);
        open("Acme");

        select(PreferenceCatalogue.AGENT_AUTO_UPDATE);
        ToggleSwitch toggle = robot.lookup("#settingValueField").queryAs(ToggleSwitch.class);
        assertThat(toggle.getText()).isEqualTo("Yes");
        robot.clickOn(toggle);
        assertThat(toggle.getText()).isEqualTo("No");
        robot.clickOn("#overrideButton");
        settle();
        assertThat(saved(PreferenceCatalogue.AGENT_AUTO_UPDATE)).isEqualTo("false");
        assertThat(shownLine(PreferenceCatalogue.AGENT_AUTO_UPDATE)).containsExactly("Update the agent automatically", "No", "Set on this tenant", "Override");

        select(PreferenceCatalogue.REBOOT_PREFERENCE);
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#settingValueField").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "If required".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#overrideButton");
        settle();
        assertThat(saved(PreferenceCatalogue.REBOOT_PREFERENCE)).isEqualTo("IF_REQUIRED");
        assertThat(shownLine(PreferenceCatalogue.REBOOT_PREFERENCE).get(1)).isEqualTo("If required");

        select(PROMPT);
        robot.clickOn("#numberUpButton").clickOn("#numberUpButton");
        assertThat(robot.lookup("#settingValueField").queryAs(TextField.class).getText()).isEqualTo("62");
        robot.clickOn("#settingValueField").type(KeyCode.DOWN);
        robot.clickOn("#overrideButton");
        settle();
        assertThat(saved(PROMPT)).isEqualTo("61");
        retype("#settingValueField", "1440");
        robot.clickOn("#numberUpButton");
        assertThat(robot.lookup("#settingValueField").queryAs(TextField.class).getText()).as("stays in range").isEqualTo("1440");

        select(PreferenceCatalogue.BUSINESS_HOURS);
        retype("#rangeStartField", "7:30");
        retype("#rangeEndField", "17:00");
        robot.clickOn("#enforceButton");
        settle();
        assertThat(saved(PreferenceCatalogue.BUSINESS_HOURS)).isEqualTo("07:30-17:00");
        assertThat(shownLine(PreferenceCatalogue.BUSINESS_HOURS)).containsExactly("Business hours", "07:30–17:00", "Enforced here", "Enforce");
    }

    @Test
    void anEmailListIsEditedAddressByAddress() throws Exception {
        launch(this::seed);
        open("Acme");
        select(PreferenceCatalogue.SESSION_EMAIL_BCC);
        ListView<String> list = robot.lookup("#emailList").queryListView();

        robot.clickOn("#emailAddField").write("desk@acme.example; boss@acme.example").type(KeyCode.ENTER);
        assertThat(list.getItems()).containsExactly("desk@acme.example", "boss@acme.example");
        robot.clickOn("#emailAddField").write("DESK@acme.example");
        robot.clickOn("#emailAddButton");
        assertThat(text("#preferenceError")).isEqualTo("\"DESK@acme.example\" is listed more than once.");
        assertThat(list.getItems()).hasSize(2);

        retype("#emailAddField", "");
        robot.clickOn((Node) robot.lookup(".list-cell .button").match((Node b) -> "Remove boss@acme.example".equals(b.getAccessibleText())).query());
        assertThat(list.getItems()).containsExactly("desk@acme.example");
        robot.clickOn("#emailAddField").write("ops@acme.example");
        // typed but not yet added: saving takes it too rather than losing it
        robot.clickOn("#overrideButton");
        settle();
        assertThat(saved(PreferenceCatalogue.SESSION_EMAIL_BCC)).isEqualTo("desk@acme.example,ops@acme.example");
        assertThat(shownLine(PreferenceCatalogue.SESSION_EMAIL_BCC).get(1)).isEqualTo("desk@acme.example, ops@acme.example");
        assertThat(robot.lookup("#emailList").queryListView().getItems()).containsExactly("desk@acme.example", "ops@acme.example");
    }

    @Test
    void excludedComputersArePickedFromTheTenantsAndItsSubTenantsComputers() throws Exception {
        launch(this::seed);
        open("Acme");
        select(PreferenceCatalogue.EXCLUDED_COMPUTERS);
        waitFor(() -> robot.lookup("#computerChoiceList").queryListView().getItems().size() == 3);
        List<String> shown = robot.lookup("#computerChoiceList .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(shown).containsExactlyInAnyOrder("ACM-LT-02  ·  laptop", "ACM-SRV-01  ·  server", "BER-LT-01  ·  Acme Berlin  ·  laptop");

        robot.clickOn("#computerFilter").write("srv");
        robot.clickOn((Node) robot.lookup("#computerChoiceList .list-cell .check-box").query());
        robot.clickOn("#overrideButton");
        settle();
        assertThat(saved(PreferenceCatalogue.EXCLUDED_COMPUTERS)).isEqualTo(acmeServer.toString());
        assertThat(shownLine(PreferenceCatalogue.EXCLUDED_COMPUTERS).get(1)).isEqualTo("1 computer");
        waitFor(() -> "1 of 3 computers chosen".equals(text("#computerChoiceStatus")));
    }
}
