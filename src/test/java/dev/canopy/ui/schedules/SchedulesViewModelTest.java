package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant's schedules without a window: own and inherited, overlaps, new, delete, go to owner, switching tenants. */
class SchedulesViewModelTest extends ViewModelFixture {

    private final ScheduleSamples data = new ScheduleSamples();
    private final List<Throwable> refusals = new ArrayList<>();
    private SchedulesViewModel schedules;
    private ScheduleEditorModel editor;

    private void openAt(UUID tenant) {
        open(data::seed);
        select(tenant);
        schedules = ScheduleSamples.viewModel(services());
        editor = schedules.editor();
        schedules.load();
    }

    @AfterEach
    void dispose() {
        if (schedules != null) {
            schedules.dispose();
        }
    }

    private List<String> listed() {
        return schedules.rows().stream().map(a -> a.schedule().name()).toList();
    }

    private AppliedSchedule row(String name) {
        return schedules.rows().stream().filter(a -> a.schedule().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTenantsOwnSchedulesComeFirstThenThoseItsAncestorsPassOnAndTheFirstIsOpened() {
        openAt(data.acme);
        assertThat(listed()).containsExactly("Nightly", "MSP baseline");
        assertThat(schedules.rows()).extracting(AppliedSchedule::inherited).containsExactly(false, true);
        assertThat(row("MSP baseline").ownerTenantId()).isEqualTo(data.msp);
        assertThat(schedules.summaryProperty().get()).isEqualTo("1 own · 1 inherited");
        assertThat(editor.shownProperty().get().schedule().name()).isEqualTo("Nightly");
        assertThat(editor.readOnlyProperty().get()).isFalse();

        select(data.msp);
        assertThat(listed()).containsExactly("MSP baseline");
        assertThat(schedules.summaryProperty().get()).isEqualTo("1 own");
        select(data.acmeLabs);
        assertThat(listed()).containsExactly("MSP baseline");
        assertThat(schedules.summaryProperty().get()).isEqualTo("0 own · 1 inherited");
    }

    @Test
    void anInheritedScheduleIsReadOnlyStillPreviewsAndGoToOwnerOpensItWhereItCanBeChanged() {
        openAt(data.acme);
        schedules.open(row("MSP baseline"));
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.title().get()).isEqualTo("MSP baseline");
        assertThat(editor.inheritedFrom().get()).isEqualTo("Inherited from Northwind, which passes it on to its child tenants. "
                + "It is read-only here; change it at its owner.");
        // read-only still previews: in Acme's zone, as the schedule has none of its own
        assertThat(editor.preview().runs()).hasSize(10);
        assertThat(editor.preview().scheduleZoneHeaderProperty().get()).isEqualTo("America/New_York");
        editor.nameProperty().set("Changed here");
        assertThat(editor.isDirty()).isFalse();
        editor.save();
        assertThat(ScheduleSamples.stored(store(), data.msp, "MSP baseline").name()).isEqualTo("MSP baseline");

        schedules.goToOwner();
        assertThat(main.selectedTenant()).isEqualTo(data.msp);
        assertThat(listed()).containsExactly("MSP baseline");
        assertThat(editor.shownProperty().get().schedule().id()).isEqualTo(data.baseline);
        assertThat(editor.readOnlyProperty().get()).isFalse();
        assertThat(editor.inheritedFrom().get()).isEmpty();
    }

    @Test
    void schedulesWhoseWindowsOverlapAreMarked() {
        openAt(data.globex);
        assertThat(listed()).containsExactly("Backups window", "Patch night", "MSP baseline");
        assertThat(schedules.overlapping()).containsExactlyInAnyOrder(row("Backups window").schedule().id(), row("Patch night").schedule().id());
        select(data.acme);
        assertThat(schedules.overlapping()).isEmpty();
    }

    @Test
    void aNewScheduleTakesTheTenantsEffectiveRebootPreferencesAndAFreeName() {
        openAt(data.acme);
        schedules.newSchedule();
        MaintenanceSchedule draft = editor.shownProperty().get().schedule();
        assertThat(editor.isCreating()).isTrue();
        assertThat(editor.title().get()).isEqualTo("New schedule");
        assertThat(draft.tenantId()).isEqualTo(data.acme);
        assertThat(draft.name()).isEqualTo("New schedule");
        // FORCE comes from Northwind, 30 minutes is Acme's own, suppression is the catalogue's default
        assertThat(editor.reboots().preference()).isEqualTo(RebootPreference.FORCE);
        assertThat(editor.reboots().promptTimeoutProperty().get()).isEqualTo("30");
        assertThat(editor.reboots().suppresses()).isTrue();
        assertThat(editor.recurrenceWordsProperty().get()).isEqualTo("Every day at 02:00");
        assertThat(editor.windowProperty().get()).isEqualTo("120");
        assertThat(editor.isDirty()).isTrue();
        editor.save();
        assertThat(ScheduleSamples.stored(store(), data.acme, "New schedule").rebootPreference()).isEqualTo(RebootPreference.FORCE);

        schedules.newSchedule();
        assertThat(editor.nameProperty().get()).isEqualTo("New schedule 2");
        select(data.globex);
        schedules.newSchedule();
        assertThat(editor.reboots().promptTimeoutProperty().get()).isEqualTo("60");
        assertThat(editor.reboots().preference()).isEqualTo(RebootPreference.FORCE);
    }

    @Test
    void revertingANewDraftGoesBackToTheTenantsFirstSchedule() {
        openAt(data.acme);
        schedules.newSchedule();
        schedules.revert();
        assertThat(editor.isCreating()).isFalse();
        assertThat(editor.shownProperty().get().schedule().name()).isEqualTo("Nightly");
        assertThat(ScheduleSamples.stored(store(), data.acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");
    }

    @Test
    void deletingIsOneUndoableCommandAndInheritedSchedulesCannotBeDeletedHere() {
        openAt(data.acme);
        schedules.delete(row("MSP baseline"), refusals::add);
        assertThat(ScheduleSamples.stored(store(), data.msp)).hasSize(1);
        assertThat(main.undoState().canUndoProperty().get()).isFalse();

        schedules.delete(row("Nightly"), refusals::add);
        assertThat(ScheduleSamples.stored(store(), data.acme)).isEmpty();
        assertThat(listed()).containsExactly("MSP baseline");
        assertThat(editor.shownProperty().get().schedule().name()).isEqualTo("MSP baseline");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo deletion of schedule Nightly");

        main.undo(refusals::add);
        assertThat(ScheduleSamples.stored(store(), data.acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");
        assertThat(listed()).containsExactly("Nightly", "MSP baseline");
        assertThat(refusals).isEmpty();
    }

    @Test
    void anotherTenantReplacesTheListOnceUnsavedEditsMayBeDropped() {
        openAt(data.acme);
        int[] asked = new int[1];
        // answering "discard"; keeping the edits re-selects the tenant on the FX thread, so SchedulesTabTest covers that
        schedules.setDiscardCheck(() -> {
            asked[0]++;
            return true;
        });
        schedules.newSchedule();
        editor.nameProperty().set("Half done");

        select(data.globex);
        assertThat(asked[0]).isEqualTo(1);
        assertThat(main.selectedTenant()).isEqualTo(data.globex);
        assertThat(listed()).containsExactly("Backups window", "Patch night", "MSP baseline");
        assertThat(editor.shownProperty().get().schedule().name()).isEqualTo("Backups window");
        assertThat(ScheduleSamples.stored(store(), data.acme)).extracting(MaintenanceSchedule::name).containsExactly("Nightly");

        select(data.acme);
        assertThat(asked[0]).as("nothing unsaved, nothing to ask").isEqualTo(1);
    }

    @Test
    void unsavedEditsStayOnScreenWhenTheDataReloads() {
        openAt(data.acme);
        editor.windowProperty().set("90");
        main.reload();
        assertThat(editor.windowProperty().get()).isEqualTo("90");
        assertThat(editor.isDirty()).isTrue();
        editor.windowProperty().set("60");
        assertThat(editor.isDirty()).as("typed back to what is stored").isFalse();
    }
}
