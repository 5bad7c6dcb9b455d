package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Schedules view alone (list and editor) on a real store, opened at Acme: what needs real controls: the
 * list's cells, which fields show for which choice, disabled inputs, keys, dialogs and the computer picker.
 */
@ExtendWith(ApplicationExtension.class)
class SchedulesViewTest extends ViewModelFixture {

    private final ScheduleSamples data = new ScheduleSamples();
    private SchedulesViewModel schedules;

    @Start
    void start(Stage stage) {
        open(data::seed);
        select(data.acme);
        schedules = ScheduleSamples.viewModel(services());
        SchedulesView view = new SchedulesView(schedules);
        schedules.load();
        ThemeManager.applyTheme();
        Scene scene = new Scene(view, 1100, 760);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void dispose() {
        schedules.dispose();
    }

    private MaintenanceSchedule stored(String name) {
        return ScheduleSamples.stored(store(), data.acme, name);
    }

    @Test
    void theListSaysWhenHowLongFromWhereAndWhatOverlapsAndAnInheritedScheduleOpensReadOnly(FxRobot robot) {
        SchedulesRobot tab = new SchedulesRobot(robot);
        assertThat(tab.listedNames()).containsExactly("Nightly", "MSP baseline");
        ListCell<AppliedSchedule> nightly = tab.cell("Nightly");
        assertThat(SchedulesRobot.line(nightly, "schedule-when")).isEqualTo("Every day at 22:00");
        assertThat(SchedulesRobot.line(nightly, "schedule-detail")).isEqualTo("1 h window");
        assertThat(nightly.isSelected()).as("the first schedule is open").isTrue();
        assertThat(nightly.getPseudoClassStates()).extracting(Object::toString).doesNotContain("inherited");
        ListCell<AppliedSchedule> inherited = tab.cell("MSP baseline");
        assertThat(SchedulesRobot.line(inherited, "schedule-detail")).isEqualTo("1 h window · from Northwind");
        assertThat(inherited.getPseudoClassStates()).extracting(Object::toString).contains("inherited");

        robot.clickOn(inherited);
        assertThat(tab.text("#scheduleTitle")).isEqualTo("MSP baseline");
        assertThat(tab.shown("#inheritedBanner")).isTrue();
        assertThat(tab.disabled("#scheduleNameField")).isTrue();
        assertThat(tab.disabled("#windowField")).isTrue();
        assertThat(tab.disabled("#recurrenceModeBox")).isTrue();
        assertThat(tab.disabled("#rebootBox")).isTrue();
        assertThat(tab.shown("#saveScheduleButton")).isFalse();
        assertThat(tab.disabled("#deleteScheduleButton")).isTrue();
        assertThat(robot.lookup("#nextRunsTable").queryAs(TableView.class).getItems()).hasSize(10);

        robot.clickOn("#goToOwnerButton");
        assertThat(main.selectedTenant()).isEqualTo(data.msp);
        assertThat(tab.cell("MSP baseline").isSelected()).isTrue();
        assertThat(tab.cell("MSP baseline").getPseudoClassStates()).extracting(Object::toString).doesNotContain("inherited");
        assertThat(tab.shown("#inheritedBanner")).isFalse();
        assertThat(tab.disabled("#scheduleNameField")).isFalse();
        assertThat(tab.shown("#overlapWarning")).isFalse();

        robot.interact(() -> select(data.globex));
        assertThat(tab.cell("Backups window").lookup(".schedule-overlap").isVisible()).isTrue();
        assertThat(tab.cell("Patch night").lookup(".schedule-overlap").isVisible()).isTrue();
        assertThat(tab.cell("MSP baseline").lookup(".schedule-overlap").isVisible()).isFalse();
        robot.clickOn(tab.cell("Patch night"));
        assertThat(tab.shown("#overlapWarning")).isTrue();
        assertThat(tab.text("#overlapWarning")).isEqualTo("Overlaps \"Backups window\", first on Sat 7 Mar 2026  02:00 CET.");
        tab.enter("#scheduleTimeField", "04:00");
        assertThat(tab.shown("#overlapWarning")).isFalse();
    }

    @Test
    void aNewScheduleIsTypedIntoTheFormSavedWithCtrlSAndSelectedInTheList(FxRobot robot) throws Exception {
        SchedulesRobot tab = new SchedulesRobot(robot);
        robot.clickOn("#newScheduleButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#scheduleNameField").query().isFocused());
        assertThat(tab.text("#scheduleTitle")).isEqualTo("New schedule");
        assertThat(tab.listedNames()).as("not listed before it is saved").containsExactly("Nightly", "MSP baseline");
        robot.write("Weekly patching");
        assertThat(tab.shown("#weekDays")).isFalse();
        tab.choose("#recurrenceModeBox", "Weekly");
        assertThat(tab.shown("#weekDays")).isTrue();
        assertThat(tab.shown("#cronField")).isFalse();
        assertThat(tab.shown("#dayOfMonthSpinner")).isFalse();
        robot.clickOn("#dayMONDAY");
        robot.clickOn("#dayTHURSDAY");
        tab.enter("#scheduleTimeField", "05:30");
        tab.enter("#windowField", "90");
        assertThat(tab.text("#recurrenceWords")).isEqualTo("Every Monday and Thursday at 05:30");
        assertThat(tab.text("#windowWords")).isEqualTo("1 h 30 min: 05:30–07:00");
        assertThat(tab.text("#zoneWords")).isEqualTo("Runs follow America/New_York (set on Acme).");

        @SuppressWarnings("unchecked")
        TableView<NextRun> runs = robot.lookup("#nextRunsTable").queryAs(TableView.class);
        assertThat(runs.getColumns().get(0).getText()).isEqualTo("Schedule's zone");
        assertThat(runs.getColumns().get(0).getColumns().get(0).getText()).isEqualTo("America/New_York");
        assertThat(runs.getColumns().get(1).getText()).isEqualTo("Your zone");
        assertThat(runs.getColumns().get(1).getColumns().get(0).getText()).isEqualTo("Europe/Berlin");
        assertThat(runs.getItems()).hasSize(10);
        assertThat(runs.getItems().get(0).inScheduleZone()).isEqualTo("Mon 9 Mar 2026  05:30 EDT");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(stored("Weekly patching").cron()).isEqualTo("30 5 * * 1,4");
        assertThat(tab.listedNames()).containsExactly("Nightly", "Weekly patching", "MSP baseline");
        ListCell<AppliedSchedule> cell = tab.cell("Weekly patching");
        assertThat(cell.isSelected()).isTrue();
        assertThat(SchedulesRobot.line(cell, "schedule-when")).isEqualTo("Every Monday and Thursday at 05:30");
        assertThat(SchedulesRobot.line(cell, "schedule-detail")).isEqualTo("1 h 30 min window");
        assertThat(tab.text("#scheduleTitle")).isEqualTo("Weekly patching");
        assertThat(tab.disabled("#saveScheduleButton")).isTrue();
        assertThat(tab.disabled("#revertScheduleButton")).isTrue();
    }

    @Test
    void eachRecurrenceFormShowsItsFieldsARefusedFieldItsMessageAndNeitherSaveNorCtrlSStoresIt(FxRobot robot) {
        SchedulesRobot tab = new SchedulesRobot(robot);
        tab.choose("#recurrenceModeBox", "Custom cron");
        assertThat(tab.shown("#cronField")).isTrue();
        assertThat(tab.shown("#scheduleTimeField")).isFalse();
        assertThat(robot.lookup("#cronField").queryAs(TextField.class).getText()).isEqualTo("0 22 * * *");
        tab.enter("#cronField", "61 22 * * *");
        assertThat(tab.shown("#scheduleRecurrenceError")).isTrue();
        assertThat(tab.text("#scheduleRecurrenceError")).isEqualTo("Minute must be a number 0–59 (got \"61\").");
        assertThat(tab.shown("#recurrenceWords")).isFalse();
        assertThat(tab.disabled("#saveScheduleButton")).isTrue();
        assertThat(tab.disabled("#revertScheduleButton")).isFalse();
        robot.clickOn("#saveScheduleButton");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(stored("Nightly").cron()).isEqualTo("0 22 * * *");

        assertThat(tab.shown("#zoneField")).isFalse();
        tab.choose("#zoneModeBox", "A time zone of its own");
        assertThat(tab.shown("#zoneField")).isTrue();
        tab.enter("#zoneField", "Mars/Olympus");
        assertThat(tab.text("#scheduleTimeZoneError")).isEqualTo("\"Mars/Olympus\" is not a known time zone (use an IANA id such as Europe/Berlin).");

        robot.clickOn("#revertScheduleButton");
        assertThat(tab.shown("#scheduleRecurrenceError")).isFalse();
        assertThat(tab.shown("#zoneField")).isFalse();
        assertThat(tab.text("#recurrenceWords")).isEqualTo("Every day at 22:00");

        // a run moved by a clock change carries a marker in the table and a note under it
        assertThat(tab.shown("#clockChangeNotes")).isFalse();
        tab.enter("#scheduleTimeField", "02:30");
        tab.reveal("#clockChangeNotes");
        assertThat(tab.shown("#clockChangeNotes")).isTrue();
        assertThat(tab.text("#clockChangeNotes")).isEqualTo("Sun 8 Mar 2026: Clocks go forward: 02:30 is skipped, runs at 03:00");
        assertThat(robot.lookup("#nextRunsTable .clock-change").queryAll()).as("one marked run").hasSize(1);

        tab.choose("#recurrenceModeBox", "Monthly");
        assertThat(tab.shown("#dayOfMonthSpinner")).isTrue();
    }

    @Test
    void chosenComputersAreTickedAndFilteredInThePicker(FxRobot robot) {
        SchedulesRobot tab = new SchedulesRobot(robot);
        assertThat(tab.shown("#computerPicker")).isFalse();
        tab.choose("#targetKindBox", "Chosen computers");
        assertThat(tab.text("#scheduleTargetError")).isEqualTo("Choose at least one computer for this schedule.");
        @SuppressWarnings("unchecked")
        ListView<ComputerChoice> picker = robot.lookup("#computerPicker").queryAs(ListView.class);
        assertThat(picker.getItems()).extracting(ComputerChoice::name).containsExactly("ACME-LT-01", "ACME-LT-02");
        tab.reveal("#computerPicker");
        robot.clickOn(robot.lookup("#computerPicker .check-box").nth(1).queryAs(Node.class));
        assertThat(tab.shown("#scheduleTargetError")).isFalse();
        assertThat(tab.text("#computerPickerStatus")).isEqualTo("1 of 2 chosen");
        robot.clickOn("#computerPickerFilter").write("01");
        assertThat(picker.getItems()).extracting(ComputerChoice::name).containsExactly("ACME-LT-01");
        robot.clickOn("#saveScheduleButton");

        assertThat(stored("Nightly").target().kind()).isEqualTo(TargetKind.COMPUTERS);
        assertThat(stored("Nightly").target().computerIds()).containsExactly(data.pc2);
    }

    @Test
    void editsAreKeptUntilDiscardedShowInTheListOnceSavedAndDeleteAsksFirst(FxRobot robot) {
        SchedulesRobot tab = new SchedulesRobot(robot);
        tab.enter("#windowField", "150");
        assertThat(tab.text("#windowWords")).isEqualTo("2 h 30 min: 22:00–00:30 the next day");
        robot.clickOn(tab.cell("MSP baseline"));
        assertThat(robot.lookup("#discardScheduleDialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(tab.text("#scheduleTitle")).isEqualTo("Nightly");
        assertThat(robot.lookup("#windowField").queryAs(TextField.class).getText()).isEqualTo("150");
        assertThat(tab.cell("Nightly").isSelected()).isTrue();
        assertThat(SchedulesRobot.line(tab.cell("Nightly"), "schedule-detail")).as("not yet saved").isEqualTo("1 h window");

        robot.clickOn("#saveScheduleButton");
        assertThat(SchedulesRobot.line(tab.cell("Nightly"), "schedule-detail")).isEqualTo("2 h 30 min window");
        robot.interact(() -> main.undo(e -> { throw new AssertionError(e); }));
        assertThat(robot.lookup("#windowField").queryAs(TextField.class).getText()).isEqualTo("60");
        assertThat(SchedulesRobot.line(tab.cell("Nightly"), "schedule-detail")).isEqualTo("1 h window");

        tab.enter("#windowField", "90");
        robot.clickOn(tab.cell("MSP baseline"));
        assertThat(robot.lookup("#discardScheduleDialog").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        assertThat(tab.text("#scheduleTitle")).isEqualTo("MSP baseline");
        assertThat(stored("Nightly").windowMinutes()).isEqualTo(60);

        // deleting asks first; an inherited schedule is deleted at its owner only
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#errorDialog").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        assertThat(ScheduleSamples.stored(store(), data.msp)).hasSize(1);
        robot.clickOn(tab.cell("Nightly"));
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#deleteScheduleDialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(ScheduleSamples.stored(store(), data.acme)).hasSize(1);
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.ENTER);
        assertThat(ScheduleSamples.stored(store(), data.acme)).isEmpty();
        assertThat(tab.listedNames()).containsExactly("MSP baseline");
    }
}
