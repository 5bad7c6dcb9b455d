package dev.canopy.domain.schedule;

import java.time.ZonedDateTime;

/** Two schedules whose maintenance windows intersect, first at {@code firstOverlapStart} (in {@code a}'s zone). */
public record Overlap(MaintenanceSchedule a, MaintenanceSchedule b, ZonedDateTime firstOverlapStart) {
}
