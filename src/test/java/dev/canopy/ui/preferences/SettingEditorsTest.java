package dev.canopy.ui.preferences;

import atlantafx.base.controls.ToggleSwitch;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each type of setting is edited on Acme with a control that fits it, and saves the canonical value. */
@ExtendWith(ApplicationExtension.class)
class SettingEditorsTest extends PreferencesViewFixture {

    @Start
    void start(Stage primary) {
        mount("Acme", store -> { });
    }

    private String valueField() {
        return robot.lookup("#settingValueField").queryAs(TextField.class).getText();
    }

    private List<String> computerLines() {
        return robot.lookup("#computerChoiceList .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void aSwitchSaysWhatItIsSetTo() throws Exception {
        driver.choose(PreferenceCatalogue.AGENT_AUTO_UPDATE);
        ToggleSwitch toggle = robot.lookup("#settingValueField").queryAs(ToggleSwitch.class);
        assertThat(toggle.getText()).isEqualTo("Yes");
        robot.clickOn(toggle);
        assertThat(toggle.getText()).isEqualTo("No");
        driver.press("#overrideButton");
        assertThat(savedByAcme(PreferenceCatalogue.AGENT_AUTO_UPDATE)).isEqualTo("false");
        assertThat(driver.shownLine(PreferenceCatalogue.AGENT_AUTO_UPDATE))
                .containsExactly("Update the agent automatically", "No", "Set on this tenant", "Override");
    }

    @Test
    void aChoiceListsItsOptionsInWords() throws Exception {
        driver.choose(PreferenceCatalogue.REBOOT_PREFERENCE);
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#settingValueField").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "If required".equals(c.getText())).queryAs(Node.class));
        driver.press("#overrideButton");
        assertThat(savedByAcme(PreferenceCatalogue.REBOOT_PREFERENCE)).isEqualTo("IF_REQUIRED");
        assertThat(driver.shownLine(PreferenceCatalogue.REBOOT_PREFERENCE).get(1)).isEqualTo("If required");
    }

    @Test
    void aNumberStepsWithButtonsAndArrowKeysWithinItsRange() throws Exception {
        driver.choose(PROMPT);
        assertThat(robot.lookup(".field-hint").match((javafx.scene.control.Label l) -> l.getText().startsWith("A whole number"))
                .queryLabeled().getText()).isEqualTo("A whole number from 0 to 1440 minutes.");
        driver.press("#numberUpButton");
        driver.press("#numberUpButton");
        assertThat(valueField()).isEqualTo("62");
        robot.clickOn("#settingValueField").type(KeyCode.DOWN);
        assertThat(valueField()).isEqualTo("61");
        driver.press("#overrideButton");
        assertThat(savedByAcme(PROMPT)).isEqualTo("61");

        driver.enter("#settingValueField", "1440");
        driver.press("#numberUpButton");
        assertThat(valueField()).as("stays in range").isEqualTo("1440");
        driver.enter("#settingValueField", "0");
        driver.press("#numberDownButton");
        assertThat(valueField()).isEqualTo("0");
        driver.enter("#settingValueField", "abc");
        driver.press("#numberUpButton");
        assertThat(valueField()).as("unreadable text starts over from the minimum").isEqualTo("0");
    }

    @Test
    void aTimeRangeIsTwoTimesOfDayAndTheStartMustComeFirst() throws Exception {
        driver.choose(PreferenceCatalogue.BUSINESS_HOURS);
        assertThat(robot.lookup("#rangeStartField").queryAs(TextField.class).getText()).isEqualTo("08:00");
        assertThat(robot.lookup("#rangeEndField").queryAs(TextField.class).getText()).isEqualTo("18:00");
        driver.enter("#rangeStartField", "18:00");
        driver.enter("#rangeEndField", "08:00");
        driver.press("#overrideButton");
        assertThat(driver.text("#preferenceError")).isEqualTo("Business hours must start before it ends (got \"18:00-08:00\").");

        driver.enter("#rangeStartField", "7:30");
        driver.enter("#rangeEndField", "17:00");
        assertThat(driver.shown("#preferenceError")).isFalse();
        driver.press("#enforceButton");
        assertThat(savedByAcme(PreferenceCatalogue.BUSINESS_HOURS)).isEqualTo("07:30-17:00");
        assertThat(driver.shownLine(PreferenceCatalogue.BUSINESS_HOURS)).containsExactly("Business hours", "07:30–17:00", "Enforced here", "Enforce");
    }

    @Test
    void anEmailListIsEditedAddressByAddress() throws Exception {
        driver.choose(PreferenceCatalogue.SESSION_EMAIL_BCC);
        ListView<String> list = robot.lookup("#emailList").queryListView();

        robot.clickOn("#emailAddField").write("bob@").type(KeyCode.ENTER);
        assertThat(driver.text("#preferenceError")).isEqualTo("\"bob@\" is not a valid e-mail address.");
        assertThat(list.getItems()).isEmpty();
        driver.enter("#emailAddField", "desk@a.io; boss@a.io");
        robot.clickOn("#emailAddField").type(KeyCode.ENTER);
        assertThat(list.getItems()).containsExactly("desk@a.io", "boss@a.io");
        assertThat(driver.shown("#preferenceError")).as("a good address clears the message").isFalse();
        driver.enter("#emailAddField", "DESK@a.io");
        driver.press("#emailAddButton");
        assertThat(driver.text("#preferenceError")).isEqualTo("\"DESK@a.io\" is listed more than once.");
        assertThat(list.getItems()).hasSize(2);

        driver.enter("#emailAddField", "");
        robot.clickOn((Node) robot.lookup(".list-cell .button").match((Node b) -> "Remove boss@a.io".equals(b.getAccessibleText())).query());
        assertThat(list.getItems()).containsExactly("desk@a.io");
        driver.enter("#emailAddField", "ops@a.io");
        // typed but not yet added: saving takes it too rather than losing it
        driver.press("#overrideButton");
        assertThat(savedByAcme(PreferenceCatalogue.SESSION_EMAIL_BCC)).isEqualTo("desk@a.io,ops@a.io");
        assertThat(driver.shownLine(PreferenceCatalogue.SESSION_EMAIL_BCC).get(1)).isEqualTo("desk@a.io, ops@a.io");
        assertThat(robot.lookup("#emailList").queryListView().getItems()).containsExactly("desk@a.io", "ops@a.io");
    }

    @Test
    void computersArePickedFromTheTenantsAndItsSubTenantsByFilterAndTick() throws Exception {
        driver.choose(PreferenceCatalogue.EXCLUDED_COMPUTERS);
        assertThat(computerLines()).containsExactlyInAnyOrder("ACM-LT-02  ·  laptop", "ACM-SRV-01  ·  server", "BER-LT-01  ·  Acme Berlin  ·  laptop");
        assertThat(driver.text("#computerChoiceStatus")).isEqualTo("0 of 3 computers chosen");

        robot.clickOn("#computerFilter").write("srv");
        assertThat(computerLines()).containsExactly("ACM-SRV-01  ·  server");
        robot.clickOn((Node) robot.lookup("#computerChoiceList .list-cell .check-box").query());
        assertThat(driver.text("#computerChoiceStatus")).isEqualTo("1 of 3 computers chosen");
        driver.press("#overrideButton");
        assertThat(savedByAcme(PreferenceCatalogue.EXCLUDED_COMPUTERS)).isEqualTo(seed.acmeServer.toString());
        assertThat(driver.shownLine(PreferenceCatalogue.EXCLUDED_COMPUTERS).get(1)).isEqualTo("1 computer");
        assertThat(driver.text("#computerChoiceStatus")).isEqualTo("1 of 3 computers chosen");
    }

    @Test
    void aChosenComputerThatIsNoLongerHereStaysListedAndTickedUntilUnticked() throws Exception {
        UUID gone = UUID.fromString("0badc0de-0000-4000-8000-000000000000");
        robot.interact(() -> {
            model.selectedKeyProperty().set(PreferenceCatalogue.EXCLUDED_COMPUTERS.key());
            model.apply(PreferenceMode.OVERRIDE, gone + "," + seed.acmeLaptop);
        });
        driver.choose(PreferenceCatalogue.EXCLUDED_COMPUTERS);
        assertThat(computerLines().get(0)).isEqualTo("Unknown computer 0badc0de… (not in this tenant)");
        assertThat(driver.text("#computerChoiceStatus")).isEqualTo("2 of 4 computers chosen");

        robot.clickOn((Node) robot.lookup("#computerChoiceList .list-cell .check-box").query());
        assertThat(driver.text("#computerChoiceStatus")).isEqualTo("1 of 4 computers chosen");
        driver.press("#overrideButton");
        assertThat(savedByAcme(PreferenceCatalogue.EXCLUDED_COMPUTERS)).isEqualTo(seed.acmeLaptop.toString());
    }
}
