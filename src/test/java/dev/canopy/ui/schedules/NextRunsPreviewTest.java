package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.Recurrence;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's wording across clock changes (the instants themselves are the domain's, tested there). */
class NextRunsPreviewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aRunInTheSpringForwardGapIsShownAtTheFirstValidTimeWithANote() {
        List<NextRun> runs = NextRunsPreview.of(Recurrence.daily(LocalTime.of(2, 30)), BERLIN, NEW_YORK,
                Instant.parse("2026-03-27T12:00:00Z"), 4);
        assertThat(runs).extracting(NextRun::inScheduleZone).containsExactly(
                "Sat 28 Mar 2026  02:30 CET", "Sun 29 Mar 2026  03:00 CEST", "Mon 30 Mar 2026  02:30 CEST", "Tue 31 Mar 2026  02:30 CEST");
        assertThat(runs).extracting(NextRun::inYourZone).containsExactly(
                "Fri 27 Mar 2026  21:30 EDT", "Sat 28 Mar 2026  21:00 EDT", "Sun 29 Mar 2026  20:30 EDT", "Mon 30 Mar 2026  20:30 EDT");
        assertThat(runs).extracting(NextRun::note).containsExactly(
                "", "Clocks go forward: 02:30 is skipped, runs at 03:00", "", "");
        assertThat(NextRunsPreview.clockChangeNotes(runs)).isEqualTo("Sun 29 Mar 2026: Clocks go forward: 02:30 is skipped, runs at 03:00");
    }

    @Test
    void aRunInTheFallBackOverlapRunsOnceWithANote() {
        List<NextRun> runs = NextRunsPreview.of(Recurrence.daily(LocalTime.of(2, 30)), BERLIN, BERLIN,
                Instant.parse("2026-10-24T12:00:00Z"), 2);
        assertThat(runs).extracting(NextRun::inScheduleZone).containsExactly("Sun 25 Oct 2026  02:30 CEST", "Mon 26 Oct 2026  02:30 CET");
        assertThat(runs.get(0).note()).isEqualTo("Clocks go back: 02:30 happens twice, runs once");
        assertThat(NextRunsPreview.clockChangeNotes(runs)).isEqualTo("Sun 25 Oct 2026: Clocks go back: 02:30 happens twice, runs once");
        assertThat(NextRunsPreview.clockChangeNotes(runs.subList(1, 2))).isEmpty();
    }
}
