package dev.canopy.ui.schedules;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Schedules tab on the real window, driven as a technician would. */
class SchedulesTabTest extends AppTestSupport {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-01-01T00:00:00Z"), "seed");
    private static final ZoneId ACME_ZONE = ZoneId.of("America/New_York");

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID baseline = UUID.randomUUID();
    private final UUID nightly = UUID.randomUUID();
    private final UUID pc1 = UUID.randomUUID();
    private final UUID pc2 = UUID.randomUUID();

    private void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP, "Europe/Berlin"));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT, ACME_ZONE.getId()));
            writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT, ""));
            writer.schedule(schedule(baseline, msp, "MSP baseline", "0 5 * * *", 60, true));
            writer.schedule(schedule(nightly, acme, "Nightly", "0 22 * * *", 60, false));
            writer.schedule(schedule(UUID.randomUUID(), globex, "Backups window", "0 1 * * *", 120, false));
            writer.schedule(schedule(UUID.randomUUID(), globex, "Patch night", "0 2 * * SAT", 60, false));
            writer.computer(computer(pc1, "ACME-LT-01"));
            writer.computer(computer(pc2, "ACME-LT-02"));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind, String zone) {
        return new Tenant(id, name, name.toLowerCase(), kind, parent, "", zone, List.of(), true, List.of(), META);
    }

    private static MaintenanceSchedule schedule(UUID id, UUID tenant, String name, String cron, int window, boolean propagate) {
        return new MaintenanceSchedule(id, tenant, name, cron, window, "", false, ScheduleTarget.allComputers(), propagate,
                RebootPreference.NORMAL, 15, false, true, true, META);
    }

    private Computer computer(UUID id, String name) {
        return new Computer(id, name, acme, "SN-" + name, id.toString(), "Windows 11 Pro", "24H2", Instant.now(), null, List.of("laptop"),
                List.of(), META);
    }

    private void openSchedulesOf(String tenant) throws Exception {
        launch(this::seed);
        robot.clickOn(cell(tenant));
        robot.clickOn("#schedulesTab");
        settle();
    }

    private List<MaintenanceSchedule> stored(UUID tenant) {
        return model().current().records(ScheduleKind.INSTANCE, List.of(tenant));
    }

    private MaintenanceSchedule stored(UUID tenant, String name) {
        return stored(tenant).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ListCell<AppliedSchedule> scheduleCell(String name) {
        return (ListCell<AppliedSchedule>) robot.lookup("#scheduleList .schedule-cell").match((Node n) -> {
            ListCell<AppliedSchedule> c = (ListCell<AppliedSchedule>) n;
            return !c.isEmpty() && c.getItem() != null && c.getItem().schedule().name().equals(name);
        }).query();
    }

    private static String label(Node cell, String styleClass) {
        return ((Label) cell.lookup("." + styleClass)).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedNames() {
        ListView<AppliedSchedule> list = robot.lookup("#scheduleList").queryAs(ListView.class);
        return list.getItems().stream().map(a -> a.schedule().name()).toList();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getParent().isVisible();
    }

    private void replaceText(String id, String text) {
        reveal(id);
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    /** Scrolls the editor so the node is on screen, as the technician would. */
    private void reveal(String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            }
        });
    }

    private void choose(String comboId, String item) {
        reveal(comboId);
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node n) -> item.equals(((ListCell<?>) n).getText())).queryAs(Node.class));
    }

    @Test
    void aWeeklyScheduleAddedThroughTheFormIsListedStoredAndPreviewed() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn("#newScheduleButton");
        settle();
        waitFor(() -> robot.lookup("#scheduleNameField").query().isFocused());
        robot.write("Weekly patching");
        choose("#recurrenceModeBox", "Weekly");
        robot.clickOn("#dayMONDAY");
        robot.clickOn("#dayTHURSDAY");
        replaceText("#scheduleTimeField", "05:30");
        replaceText("#windowField", "90");

        assertThat(text("#recurrenceWords")).isEqualTo("Every Monday and Thursday at 05:30");
        assertThat(text("#windowWords")).isEqualTo("1 h 30 min: 05:30–07:00");
        ZonedDateTime first = firstWeeklyRun(Instant.now(), ACME_ZONE, LocalTime.of(5, 30), DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        @SuppressWarnings("unchecked")
        TableView<NextRun> runs = robot.lookup("#nextRunsTable").queryAs(TableView.class);
        assertThat(runs.getItems()).hasSize(10);
        assertThat(runs.getItems().get(0).inScheduleZone()).isEqualTo(first.format(NextRunsPreview.FORMAT));
        assertThat(runs.getItems().get(0).inYourZone()).isEqualTo(first.withZoneSameInstant(ZoneId.systemDefault()).format(NextRunsPreview.FORMAT));
        assertThat(runs.getColumns().get(0).getText()).isEqualTo("Schedule's zone");
        assertThat(runs.getColumns().get(0).getColumns().get(0).getText()).isEqualTo("America/New_York");
        assertThat(runs.getColumns().get(1).getText()).isEqualTo("Your zone");
        assertThat(runs.getColumns().get(1).getColumns().get(0).getText()).isEqualTo(ZoneId.systemDefault().getId());

        robot.clickOn("#saveScheduleButton");
        settle();

        MaintenanceSchedule saved = stored(acme, "Weekly patching");
        assertThat(saved.cron()).isEqualTo("30 5 * * 1,4");
        assertThat(saved.windowMinutes()).isEqualTo(90);
        assertThat(saved.timeZone()).isEmpty();
        assertThat(saved.enabled()).isTrue();
        assertThat(listedNames()).containsExactly("Nightly", "Weekly patching", "MSP baseline");
        ListCell<AppliedSchedule> cell = scheduleCell("Weekly patching");
        assertThat(label(cell, "schedule-when")).isEqualTo("Every Monday and Thursday at 05:30");
        assertThat(label(cell, "schedule-detail")).isEqualTo("1 h 30 min window");
        assertThat(cell.isSelected()).isTrue();
        assertThat(text("#scheduleTitle")).isEqualTo("Weekly patching");
        assertThat(robot.lookup("#saveScheduleButton").queryButton().isDisabled()).isTrue();
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo creation of schedule Weekly patching");
    }

    /** The first Monday or Thursday at the time, after now, worked out independently of the app. */
    private static ZonedDateTime firstWeeklyRun(Instant now, ZoneId zone, LocalTime at, DayOfWeek... days) {
        LocalDate date = now.atZone(zone).toLocalDate();
        for (int i = 0; i < 8; i++, date = date.plusDays(1)) {
            ZonedDateTime run = date.atTime(at).atZone(zone);
            if (List.of(days).contains(date.getDayOfWeek()) && run.toInstant().isAfter(now)) {
                return run;
            }
        }
        throw new AssertionError("no run within a week");
    }

    @Test
    void editingTheWindowIsSavedAndUndoRestoresIt() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn(scheduleCell("Nightly"));
        assertThat(robot.lookup("#windowField").queryAs(TextField.class).getText()).isEqualTo("60");
        replaceText("#windowField", "150");
        assertThat(text("#windowWords")).isEqualTo("2 h 30 min: 22:00–00:30 the next day");
        robot.clickOn("#saveScheduleButton");
        settle();

        assertThat(stored(acme, "Nightly").windowMinutes()).isEqualTo(150);
        assertThat(label(scheduleCell("Nightly"), "schedule-detail")).isEqualTo("2 h 30 min window");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo edit of schedule Nightly");

        robot.clickOn("#undoButton");
        settle();
        assertThat(stored(acme, "Nightly").windowMinutes()).isEqualTo(60);
        assertThat(robot.lookup("#windowField").queryAs(TextField.class).getText()).isEqualTo("60");
        assertThat(label(scheduleCell("Nightly"), "schedule-detail")).isEqualTo("1 h window");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn(scheduleCell("Nightly"));
        Button save = robot.lookup("#saveScheduleButton").queryButton();

        choose("#recurrenceModeBox", "Custom cron");
        assertThat(robot.lookup("#cronField").queryAs(TextField.class).getText()).isEqualTo("0 22 * * *");
        replaceText("#cronField", "61 22 * * *");
        assertThat(text("#scheduleRecurrenceError")).isEqualTo("Minute must be a number 0–59 (got \"61\").");
        assertThat(shown("#recurrenceWords")).isFalse();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn(save);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        settle();
        assertThat(stored(acme, "Nightly").cron()).isEqualTo("0 22 * * *");

        replaceText("#cronField", "0 22 * * MON-FRI");
        assertThat(text("#scheduleRecurrenceError")).isEmpty();
        assertThat(text("#recurrenceWords")).isEqualTo("Every weekday at 22:00");
        replaceText("#windowField", "0");
        assertThat(text("#scheduleWindowMinutesError")).isEqualTo("A maintenance window must be between 1 minute and 24 hours (got 0).");
        replaceText("#windowField", "25h");
        assertThat(text("#scheduleWindowMinutesError")).isEqualTo("A maintenance window must be between 1 minute and 24 hours (got 1500).");
        replaceText("#windowField", "2h");
        assertThat(text("#scheduleWindowMinutesError")).isEmpty();

        choose("#zoneModeBox", "A time zone of its own");
        robot.clickOn("#zoneField").write("Mars/Olympus");
        assertThat(text("#scheduleTimeZoneError")).isEqualTo("\"Mars/Olympus\" is not a known time zone (use an IANA id such as Europe/Berlin).");
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn(save);
        settle();

        MaintenanceSchedule unchanged = stored(acme, "Nightly");
        assertThat(unchanged.cron()).isEqualTo("0 22 * * *");
        assertThat(unchanged.windowMinutes()).isEqualTo(60);
        assertThat(unchanged.timeZone()).isEmpty();
        assertThat(model().undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void anInheritedScheduleIsGreyedWithItsOwnerReadOnlyAndLeadsToItsOwner() throws Exception {
        openSchedulesOf("Acme");
        ListCell<AppliedSchedule> inherited = scheduleCell("MSP baseline");
        assertThat(label(inherited, "schedule-detail")).isEqualTo("1 h window · from Northwind");
        assertThat(inherited.getPseudoClassStates()).extracting(Object::toString).contains("inherited");
        assertThat(scheduleCell("Nightly").getPseudoClassStates()).extracting(Object::toString).doesNotContain("inherited");

        robot.clickOn(inherited);
        assertThat(text("#scheduleTitle")).isEqualTo("MSP baseline");
        assertThat(shown("#inheritedBanner")).isTrue();
        assertThat(robot.lookup("#scheduleNameField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#windowField").query().isDisabled()).isTrue();
        assertThat(shown("#saveScheduleButton")).isFalse();
        assertThat(robot.lookup("#deleteScheduleButton").queryButton().isDisabled()).isTrue();
        // read-only still previews: in Acme's zone, as the schedule has none of its own
        assertThat(robot.lookup("#nextRunsTable").queryAs(TableView.class).getItems()).hasSize(10);

        robot.clickOn("#goToOwnerButton");
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(msp);
        @SuppressWarnings("unchecked")
        TreeView<TenantNode> tree = robot.lookup("#tenantTree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("Northwind");
        assertThat(listedNames()).containsExactly("MSP baseline");
        assertThat(scheduleCell("MSP baseline").isSelected()).isTrue();
        assertThat(scheduleCell("MSP baseline").getPseudoClassStates()).extracting(Object::toString).doesNotContain("inherited");
        assertThat(robot.lookup("#scheduleNameField").query().isDisabled()).isFalse();
        assertThat(shown("#inheritedBanner")).isFalse();
    }

    @Test
    void overlappingWindowsAreWarnedAboutAndTheWarningFollowsEdits() throws Exception {
        openSchedulesOf("Globex");
        assertThat(listedNames()).containsExactly("Backups window", "Patch night", "MSP baseline");
        assertThat(scheduleCell("Backups window").lookup(".schedule-overlap").isVisible()).isTrue();
        assertThat(scheduleCell("Patch night").lookup(".schedule-overlap").isVisible()).isTrue();
        assertThat(scheduleCell("MSP baseline").lookup(".schedule-overlap").isVisible()).isFalse();

        robot.clickOn(scheduleCell("Patch night"));
        assertThat(shown("#overlapWarning")).isTrue();
        assertThat(text("#overlapWarning")).startsWith("Overlaps \"Backups window\", first on Sat ");
        assertThat(text("#overlapWarning")).contains("02:00 CE");

        replaceText("#scheduleTimeField", "04:00");
        assertThat(shown("#overlapWarning")).as(text("#overlapWarning") + " / " + text("#recurrenceWords")).isFalse();
        replaceText("#scheduleTimeField", "05:30");
        assertThat(text("#overlapWarning")).startsWith("Overlaps \"MSP baseline\" (from Northwind)");
    }

    @Test
    void aScheduleCanCoverChosenComputers() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn(scheduleCell("Nightly"));
        choose("#targetKindBox", "Chosen computers");
        settle();
        assertThat(text("#scheduleTargetError")).isEqualTo("Choose at least one computer for this schedule.");
        @SuppressWarnings("unchecked")
        ListView<ComputerChoice> picker = robot.lookup("#computerPicker").queryAs(ListView.class);
        assertThat(picker.getItems()).extracting(ComputerChoice::name).containsExactly("ACME-LT-01", "ACME-LT-02");
        reveal("#computerPicker");
        robot.clickOn(robot.lookup("#computerPicker .check-box").nth(1).queryAs(Node.class));
        assertThat(text("#scheduleTargetError")).isEmpty();
        robot.clickOn("#saveScheduleButton");
        settle();

        ScheduleTarget target = stored(acme, "Nightly").target();
        assertThat(target.kind()).isEqualTo(TargetKind.COMPUTERS);
        assertThat(target.computerIds()).containsExactly(pc2);
    }

    @Test
    void anUnsavedScheduleIsNotDroppedSilentlyWhenAnotherTenantIsChosen() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn("#newScheduleButton");
        settle();
        waitFor(() -> robot.lookup("#scheduleNameField").query().isFocused());
        robot.write("Half done");
        robot.clickOn(cell("Globex"));
        assertThat(robot.lookup("#discardScheduleDialog").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#discardScheduleDialog .button").match((Node n) -> "Cancel".equals(((Button) n).getText())).queryAs(Node.class));
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(acme);
        assertThat(robot.lookup("#scheduleNameField").queryAs(TextField.class).getText()).isEqualTo("Half done");

        robot.clickOn(cell("Globex"));
        robot.clickOn(robot.lookup("#discardScheduleDialog .button").match((Node n) -> "Discard".equals(((Button) n).getText())).queryAs(Node.class));
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(globex);
        assertThat(listedNames()).containsExactly("Backups window", "Patch night", "MSP baseline");
        assertThat(stored(acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");
    }

    @Test
    void deleteAsksFirstAndIsUndoable() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn(scheduleCell("Nightly"));
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#deleteScheduleDialog").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#deleteScheduleDialog .button").match((Node n) -> "OK".equals(((Button) n).getText())).queryAs(Node.class));
        settle();
        assertThat(stored(acme)).isEmpty();
        assertThat(listedNames()).containsExactly("MSP baseline");

        robot.clickOn("#undoButton");
        settle();
        assertThat(stored(acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");
        assertThat(listedNames()).containsExactly("Nightly", "MSP baseline");
    }

    /** Not a check: writes PNGs of the tab to /tmp for a person to look at (run with -Dschedules.screens=true). */
    @Test
    @EnabledIfSystemProperty(named = "schedules.screens", matches = "true")
    void screens() throws Exception {
        openSchedulesOf("Acme");
        robot.clickOn(scheduleCell("Nightly"));
        snapshot("schedules");
        reveal("#rebootBox");
        snapshot("schedules-bottom");
        robot.clickOn(scheduleCell("MSP baseline"));
        snapshot("schedules-inherited");
        robot.clickOn("#newScheduleButton");
        settle();
        robot.write("Weekly patching");
        choose("#recurrenceModeBox", "Weekly");
        robot.clickOn("#dayMONDAY");
        robot.clickOn("#dayTHURSDAY");
        replaceText("#windowField", "0");
        snapshot("schedules-new");
        choose("#targetKindBox", "Chosen computers");
        settle();
        snapshot("schedules-computers");
        robot.clickOn("#revertScheduleButton");
        robot.clickOn(cell("Globex"));
        settle();
        robot.clickOn(scheduleCell("Patch night"));
        snapshot("schedules-overlap");
        choose("#recurrenceModeBox", "Monthly");
        robot.interact(() -> robot.lookup("#dayOfMonthSpinner").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(28));
        replaceText("#scheduleTimeField", "02:30");
        reveal("#clockChangeNotes");
        snapshot("schedules-dst");
    }

    private void snapshot(String name) throws Exception {
        settle();
        javafx.scene.Scene scene = robot.lookup("#editorTabs").query().getScene();
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", new java.io.File("/tmp/" + name + ".png"));
    }
}
