package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.Recurrence;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What the form shows about when a schedule runs: the zone it follows in words, and its next runs in that zone
 * and in the technician's (the clock's zone), with a note on each run a clock change moves or merges.
 */
final class RunPreview {

    static final int RUNS = 10;

    private final Clock clock;
    private final ReadOnlyStringWrapper zoneWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scheduleZoneTitle = new ReadOnlyStringWrapper(ScheduleWording.scheduleZoneTitle(ZoneMode.TENANT));
    private final ReadOnlyStringWrapper scheduleZoneHeader = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yourZoneHeader = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockChangeNotes = new ReadOnlyStringWrapper("");
    private final ObservableList<NextRun> runs = FXCollections.observableArrayList();

    RunPreview(Clock clock) {
        this.clock = clock;
    }

    /**
     * Shows the runs of {@code when} (none while it is refused) in {@code scheduleZone}. {@code ownZone} is the
     * schedule's checked zone ("" for none, null while refused); the tenant's zone is for the words.
     */
    void show(Recurrence when, ZoneId scheduleZone, ZoneMode mode, String ownZone, TenantSchedules tenant) {
        ZoneId yourZone = clock.getZone();
        zoneWords.set(ScheduleWording.zone(mode, ownZone, tenant.effectiveZone(), tenant.zoneSetBy()));
        scheduleZoneTitle.set(ScheduleWording.scheduleZoneTitle(mode));
        scheduleZoneHeader.set(scheduleZone.getId());
        yourZoneHeader.set(yourZone.getId());
        runs.setAll(when == null ? List.of() : NextRunsPreview.of(when, scheduleZone, yourZone, clock.instant(), RUNS));
        clockChangeNotes.set(NextRunsPreview.clockChangeNotes(runs));
    }

    void clear() {
        runs.clear();
        clockChangeNotes.set("");
    }

    ReadOnlyStringProperty zoneWordsProperty() {
        return zoneWords.getReadOnlyProperty();
    }

    /** Over the first column: "Schedule's zone", or the tenant's zone standing in for each computer's. */
    ReadOnlyStringProperty scheduleZoneTitleProperty() {
        return scheduleZoneTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty scheduleZoneHeaderProperty() {
        return scheduleZoneHeader.getReadOnlyProperty();
    }

    ReadOnlyStringProperty yourZoneHeaderProperty() {
        return yourZoneHeader.getReadOnlyProperty();
    }

    ReadOnlyStringProperty clockChangeNotesProperty() {
        return clockChangeNotes.getReadOnlyProperty();
    }

    ObservableList<NextRun> runs() {
        return runs;
    }
}
