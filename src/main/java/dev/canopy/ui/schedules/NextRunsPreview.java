package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.Recurrence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * The next runs of a recurrence for the editor's preview. The domain resolves clock changes (a run in a
 * spring-forward gap starts when the clocks have jumped, one in a fall-back overlap runs once); this adds
 * the wording, and a note on the days where that happened so the technician is not surprised.
 */
final class NextRunsPreview {

    /** e.g. "Sun 29 Mar 2026 03:00 CEST": the zone's abbreviation tells summer from winter time. */
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy  HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private NextRunsPreview() {
    }

    static List<NextRun> of(Recurrence recurrence, ZoneId scheduleZone, ZoneId yourZone, Instant now, int count) {
        return recurrence.nextRuns(now, scheduleZone, count).stream()
                .map(run -> new NextRun(run, run.format(FORMAT), run.withZoneSameInstant(yourZone).format(FORMAT),
                        note(recurrence, run, scheduleZone)))
                .toList();
    }

    /** One line per run moved or merged by a clock change, e.g. "Sun 29 Mar 2026: Clocks go forward: …"; "" for none. */
    static String clockChangeNotes(List<NextRun> runs) {
        return String.join("\n", runs.stream()
                .filter(r -> !r.note().isEmpty())
                .map(r -> r.start().format(DAY) + ": " + r.note())
                .toList());
    }

    private static String note(Recurrence recurrence, ZonedDateTime run, ZoneId zone) {
        LocalDateTime wall = run.toLocalDate().atTime(recurrence.time());
        ZoneRules rules = zone.getRules();
        int offsets = rules.getValidOffsets(wall).size();
        String time = recurrence.time().format(HH_MM);
        if (offsets == 0) {
            return "Clocks go forward: " + time + " is skipped, runs at " + run.format(HH_MM);
        }
        if (offsets == 2) {
            return "Clocks go back: " + time + " happens twice, runs once";
        }
        return "";
    }
}
