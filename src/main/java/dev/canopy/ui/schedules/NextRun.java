package dev.canopy.ui.schedules;

import java.time.ZonedDateTime;

/** One upcoming run as the preview shows it: in the schedule's zone, in the technician's, and a note on a clock change. */
record NextRun(ZonedDateTime start, String inScheduleZone, String inYourZone, String note) {
}
