package dev.canopy.ui.schedules;

import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule form without a window: checks and messages as the technician types, the words, the next runs in
 * both zones across clock changes, overlap warnings, chosen computers, and save / undo through commands.
 */
class ScheduleEditorModelTest extends ViewModelFixture {

    private final ScheduleSamples data = new ScheduleSamples();
    private SchedulesViewModel schedules;
    private ScheduleEditorModel editor;

    /** Opens the tab's view model on a tenant, and a schedule of it in the editor. */
    private void edit(UUID tenant, String schedule) {
        open(data::seed);
        select(tenant);
        schedules = ScheduleSamples.viewModel(services());
        editor = schedules.editor();
        schedules.load();
        schedules.open(schedules.rows().stream().filter(a -> a.schedule().name().equals(schedule)).findFirst().orElseThrow());
    }

    @AfterEach
    void dispose() {
        if (schedules != null) {
            schedules.dispose();
        }
    }

    private String error(String field) {
        return editor.errorProperty(field).get();
    }

    private List<String> runs(boolean inScheduleZone) {
        return editor.preview().runs().stream().map(r -> inScheduleZone ? r.inScheduleZone() : r.inYourZone()).toList();
    }

    @Test
    void aWeeklyScheduleIsDescribedPreviewedInBothZonesAcrossClockChangesAndSavedAsOneUndoableCommand() {
        edit(data.acme, "Nightly");
        schedules.newSchedule();
        editor.nameProperty().set("Weekly patching");
        RecurrenceFields recurrence = editor.recurrence();
        recurrence.modeProperty().set(RecurrenceMode.WEEKLY);
        recurrence.dayProperty(DayOfWeek.MONDAY).set(true);
        recurrence.dayProperty(DayOfWeek.THURSDAY).set(true);
        recurrence.timeProperty().set("05:30");
        editor.windowProperty().set("90");

        assertThat(editor.recurrenceWordsProperty().get()).isEqualTo("Every Monday and Thursday at 05:30");
        assertThat(editor.windowWordsProperty().get()).isEqualTo("1 h 30 min: 05:30–07:00");
        assertThat(editor.preview().zoneWordsProperty().get()).isEqualTo("Runs follow America/New_York (set on Acme).");
        assertThat(editor.preview().scheduleZoneTitleProperty().get()).isEqualTo("Schedule's zone");
        assertThat(editor.preview().scheduleZoneHeaderProperty().get()).isEqualTo("America/New_York");
        assertThat(editor.preview().yourZoneHeaderProperty().get()).isEqualTo("Europe/Berlin");
        // New York moves to summer time on 8 March, Berlin on 29 March: the gap between the zones is 5 h, 6 h, 5 h.
        assertThat(runs(true)).containsExactly(
                "Mon 9 Mar 2026  05:30 EDT", "Thu 12 Mar 2026  05:30 EDT", "Mon 16 Mar 2026  05:30 EDT", "Thu 19 Mar 2026  05:30 EDT",
                "Mon 23 Mar 2026  05:30 EDT", "Thu 26 Mar 2026  05:30 EDT", "Mon 30 Mar 2026  05:30 EDT", "Thu 2 Apr 2026  05:30 EDT",
                "Mon 6 Apr 2026  05:30 EDT", "Thu 9 Apr 2026  05:30 EDT");
        assertThat(runs(false)).containsExactly(
                "Mon 9 Mar 2026  10:30 CET", "Thu 12 Mar 2026  10:30 CET", "Mon 16 Mar 2026  10:30 CET", "Thu 19 Mar 2026  10:30 CET",
                "Mon 23 Mar 2026  10:30 CET", "Thu 26 Mar 2026  10:30 CET", "Mon 30 Mar 2026  11:30 CEST", "Thu 2 Apr 2026  11:30 CEST",
                "Mon 6 Apr 2026  11:30 CEST", "Thu 9 Apr 2026  11:30 CEST");
        assertThat(editor.preview().clockChangeNotesProperty().get()).as("no run falls in a gap or an overlap").isEmpty();

        editor.save();
        MaintenanceSchedule saved = ScheduleSamples.stored(store(), data.acme, "Weekly patching");
        assertThat(saved.cron()).isEqualTo("30 5 * * 1,4");
        assertThat(saved.windowMinutes()).isEqualTo(90);
        assertThat(saved.timeZone()).isEmpty();
        assertThat(saved.enabled()).isTrue();
        assertThat(schedules.rows()).extracting(a -> a.schedule().name()).containsExactly("Nightly", "Weekly patching", "MSP baseline");
        assertThat(editor.isCreating()).isFalse();
        assertThat(editor.title().get()).isEqualTo("Weekly patching");
        assertThat(editor.isDirty()).isFalse();
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo creation of schedule Weekly patching");
    }

    @Test
    void aRunInTheSpringForwardGapIsPreviewedWhenTheClocksHaveJumpedWithANote() {
        edit(data.acme, "Nightly");
        editor.recurrence().timeProperty().set("02:30");
        assertThat(runs(true)).startsWith("Fri 6 Mar 2026  02:30 EST", "Sat 7 Mar 2026  02:30 EST", "Sun 8 Mar 2026  03:00 EDT",
                "Mon 9 Mar 2026  02:30 EDT");
        assertThat(runs(false)).startsWith("Fri 6 Mar 2026  08:30 CET", "Sat 7 Mar 2026  08:30 CET", "Sun 8 Mar 2026  08:00 CET",
                "Mon 9 Mar 2026  07:30 CET");
        assertThat(editor.preview().clockChangeNotesProperty().get())
                .isEqualTo("Sun 8 Mar 2026: Clocks go forward: 02:30 is skipped, runs at 03:00");
    }

    @Test
    void editingTheWindowIsSavedAndUndoPutsTheStoredValueBackInTheForm() {
        edit(data.acme, "Nightly");
        assertThat(editor.windowProperty().get()).isEqualTo("60");
        editor.windowProperty().set("150");
        assertThat(editor.windowWordsProperty().get()).isEqualTo("2 h 30 min: 22:00–00:30 the next day");
        editor.save();
        assertThat(ScheduleSamples.stored(store(), data.acme, "Nightly").windowMinutes()).isEqualTo(150);
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo edit of schedule Nightly");

        main.undo(e -> { throw new AssertionError(e); });
        assertThat(ScheduleSamples.stored(store(), data.acme, "Nightly").windowMinutes()).isEqualTo(60);
        assertThat(editor.windowProperty().get()).isEqualTo("60");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        edit(data.acme, "Nightly");
        editor.recurrence().modeProperty().set(RecurrenceMode.CUSTOM);
        assertThat(editor.recurrence().cronProperty().get()).as("carried over").isEqualTo("0 22 * * *");
        editor.recurrence().cronProperty().set("61 22 * * *");
        assertThat(error("recurrence")).isEqualTo("Minute must be a number 0–59 (got \"61\").");
        assertThat(editor.recurrenceWordsProperty().get()).isEmpty();
        assertThat(editor.preview().runs()).isEmpty();
        assertThat(editor.validProperty().get()).isFalse();
        editor.save();
        assertThat(ScheduleSamples.stored(store(), data.acme, "Nightly").cron()).isEqualTo("0 22 * * *");

        editor.recurrence().cronProperty().set("0 22 * * MON-FRI");
        assertThat(error("recurrence")).isEmpty();
        assertThat(editor.recurrenceWordsProperty().get()).isEqualTo("Every weekday at 22:00");
        editor.windowProperty().set("0");
        assertThat(error("windowMinutes")).isEqualTo("A maintenance window must be between 1 minute and 24 hours (got 0).");
        editor.windowProperty().set("25h");
        assertThat(error("windowMinutes")).isEqualTo("A maintenance window must be between 1 minute and 24 hours (got 1500).");
        editor.windowProperty().set("2h");
        assertThat(error("windowMinutes")).isEmpty();

        editor.zone().modeProperty().set(ZoneMode.OWN);
        assertThat(error("timeZone")).isEqualTo("Enter a time zone such as Europe/Berlin, or use the tenant's.");
        editor.zone().zoneProperty().set("Mars/Olympus");
        assertThat(error("timeZone")).isEqualTo("\"Mars/Olympus\" is not a known time zone (use an IANA id such as Europe/Berlin).");
        assertThat(editor.preview().scheduleZoneHeaderProperty().get()).as("previewed in the tenant's zone meanwhile").isEqualTo("America/New_York");
        editor.reboots().promptTimeoutProperty().set("soon");
        assertThat(error("promptTimeoutMinutes")).isEqualTo("Enter the prompt timeout in whole minutes (0 = no prompt).");
        editor.reboots().promptTimeoutProperty().set("2000");
        assertThat(error("promptTimeoutMinutes")).isEqualTo("The reboot prompt timeout must be between 0 and 1440 minutes (got 2000).");
        editor.nameProperty().set("  ");
        assertThat(error("name")).isEqualTo("Name is required.");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.isDirty()).isTrue();
        editor.save();

        MaintenanceSchedule unchanged = ScheduleSamples.stored(store(), data.acme, "Nightly");
        assertThat(unchanged.cron()).isEqualTo("0 22 * * *");
        assertThat(unchanged.windowMinutes()).isEqualTo(60);
        assertThat(unchanged.timeZone()).isEmpty();
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void aTimeOfDayMustBeOnA24HourClock() {
        edit(data.acme, "Nightly");
        editor.recurrence().timeProperty().set("25:00");
        assertThat(error("recurrence")).isEqualTo("Enter the time as HH:MM on a 24-hour clock, e.g. 22:30.");
        editor.recurrence().timeProperty().set("2230");
        assertThat(error("recurrence")).isEmpty();
        assertThat(editor.recurrenceWordsProperty().get()).isEqualTo("Every day at 22:30");
    }

    @Test
    void aNameMayRepeatAnInheritedOneButNotAnotherOfTheTenantsOwn() {
        edit(data.globex, "Patch night");
        editor.nameProperty().set("backups WINDOW");
        assertThat(error("name")).isEqualTo("This tenant already has a schedule named \"Backups window\".");
        editor.nameProperty().set("MSP baseline");
        assertThat(error("name")).isEmpty();
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void aRefusalFromTheStoreIsShownAtItsField() {
        edit(data.acme, "Nightly");
        // Another schedule named "Late" arrives behind the form's back (no reload), so only the store can refuse.
        store().execute(new SaveRecord<>(ScheduleKind.INSTANCE, ScheduleSamples.schedule(UUID.randomUUID(), data.acme, "Late", "0 23 * * *", 30, false)));
        editor.nameProperty().set("Late");
        assertThat(error("name")).isEmpty();
        editor.save();
        assertThat(error("name")).isEqualTo("This tenant already has a schedule named \"Late\".");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(ScheduleSamples.stored(store(), data.acme, "Nightly").name()).isEqualTo("Nightly");
    }

    @Test
    void overlappingWindowsAreWarnedAboutAndTheWarningFollowsEdits() {
        edit(data.globex, "Patch night");
        assertThat(editor.overlapWarningProperty().get()).isEqualTo("Overlaps \"Backups window\", first on Sat 7 Mar 2026  02:00 CET.");
        editor.recurrence().timeProperty().set("04:00");
        assertThat(editor.overlapWarningProperty().get()).isEmpty();
        editor.recurrence().timeProperty().set("05:30");
        assertThat(editor.overlapWarningProperty().get()).isEqualTo("Overlaps \"MSP baseline\" (from Northwind), first on Sat 7 Mar 2026  05:30 CET.");
        editor.enabledProperty().set(false);
        assertThat(editor.overlapWarningProperty().get()).as("a disabled schedule runs nothing").isEmpty();
    }

    @Test
    void theZoneWordsSayWhichClockTheRunsFollow() {
        edit(data.globex, "Patch night");
        assertThat(editor.preview().zoneWordsProperty().get()).isEqualTo("Runs follow Europe/Berlin (set on Northwind).");
        editor.zone().modeProperty().set(ZoneMode.OWN);
        editor.zone().zoneProperty().set("Asia/Tokyo");
        assertThat(editor.preview().zoneWordsProperty().get()).isEqualTo("Runs follow Asia/Tokyo, whatever the tenant's zone.");
        assertThat(editor.preview().scheduleZoneHeaderProperty().get()).isEqualTo("Asia/Tokyo");
        assertThat(editor.preview().runs().get(0).inScheduleZone()).isEqualTo("Sat 7 Mar 2026  02:00 JST");
        assertThat(editor.preview().runs().get(0).inYourZone()).isEqualTo("Fri 6 Mar 2026  18:00 CET");
        editor.zone().modeProperty().set(ZoneMode.COMPUTER);
        assertThat(editor.preview().zoneWordsProperty().get())
                .isEqualTo("Each computer runs at this time on its own clock; the preview uses Europe/Berlin (set on Northwind).");
        assertThat(editor.preview().scheduleZoneTitleProperty().get()).isEqualTo("A computer in the tenant's zone");
        editor.save();
        MaintenanceSchedule saved = ScheduleSamples.stored(store(), data.globex, "Patch night");
        assertThat(saved.useComputerTimeZone()).isTrue();
        assertThat(saved.timeZone()).isEmpty();
    }

    @Test
    void aScheduleCanCoverChosenComputersAlsoOfSubTenantsWhenItPropagates() {
        edit(data.acme, "Nightly");
        TargetFields target = editor.target();
        target.kindProperty().set(TargetKind.COMPUTERS);
        assertThat(error("target")).isEqualTo("Choose at least one computer for this schedule.");
        assertThat(target.choices()).extracting(ComputerChoice::name).containsExactly("ACME-LT-01", "ACME-LT-02");
        assertThat(target.choices()).extracting(target::describe).containsExactly("ACME-LT-01  ·  laptop", "ACME-LT-02  ·  laptop");
        assertThat(target.pickerStatus().get()).isEqualTo("0 of 2 chosen");

        target.propagateProperty().set(true);
        assertThat(target.choices()).extracting(target::describe)
                .containsExactly("ACME-LAB-01  ·  Acme Labs  ·  lab", "ACME-LT-01  ·  laptop", "ACME-LT-02  ·  laptop");
        target.propagateProperty().set(false);
        target.chosen().add(data.pc2);
        assertThat(error("target")).isEmpty();
        assertThat(target.pickerStatus().get()).isEqualTo("1 of 2 chosen");
        editor.save();

        ScheduleTarget saved = ScheduleSamples.stored(store(), data.acme, "Nightly").target();
        assertThat(saved.kind()).isEqualTo(TargetKind.COMPUTERS);
        assertThat(saved.computerIds()).containsExactly(data.pc2);
    }

    @Test
    void aChosenComputerElsewhereOrGoneStaysListedSoItCanBeUnticked() {
        edit(data.acme, "Nightly");
        UUID gone = UUID.fromString("0000dead-0000-0000-0000-000000000000");
        MaintenanceSchedule s = editor.shownProperty().get().schedule();
        editor.open(new AppliedSchedule(new MaintenanceSchedule(s.id(), s.tenantId(), s.name(), s.cron(), s.windowMinutes(), "", false,
                ScheduleTarget.computers(List.of(data.labPc, gone)), false, s.rebootPreference(), 15, false, true, true, s.meta()),
                data.acme, false));
        assertThat(editor.target().choices()).extracting(editor.target()::describe)
                .containsExactly("ACME-LT-01  ·  laptop", "ACME-LT-02  ·  laptop", "ACME-LAB-01  ·  Acme Labs  ·  lab", "Missing computer 0000dead");
        assertThat(editor.target().pickerStatus().get()).isEqualTo("2 of 4 chosen");
    }

    @Test
    void editsBackToTheStoredValuesAreNoChangeAndRevertPutsEverythingBack() {
        edit(data.acme, "Nightly");
        editor.windowProperty().set("1h");
        assertThat(editor.isDirty()).as("1h is the stored 60 minutes").isFalse();
        editor.recurrence().modeProperty().set(RecurrenceMode.CUSTOM);
        assertThat(editor.isDirty()).as("the same recurrence written as cron").isFalse();
        editor.recurrence().cronProperty().set("30 5 * * MON,THU");
        editor.recurrence().modeProperty().set(RecurrenceMode.WEEKLY);
        assertThat(editor.recurrence().dayProperty(DayOfWeek.MONDAY).get()).isTrue();
        assertThat(editor.recurrence().dayProperty(DayOfWeek.THURSDAY).get()).isTrue();
        assertThat(editor.recurrence().timeProperty().get()).isEqualTo("05:30");
        editor.target().kindProperty().set(TargetKind.TAG);
        assertThat(error("target")).isEqualTo("Enter the tag of the computers this schedule covers.");
        assertThat(editor.isDirty()).isTrue();

        schedules.revert();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.recurrence().modeProperty().get()).isEqualTo(RecurrenceMode.DAILY);
        assertThat(editor.recurrence().timeProperty().get()).isEqualTo("22:00");
        assertThat(editor.windowProperty().get()).isEqualTo("60");
        assertThat(editor.target().kindProperty().get()).isEqualTo(TargetKind.ALL_COMPUTERS);
        assertThat(error("target")).isEmpty();
    }
}
