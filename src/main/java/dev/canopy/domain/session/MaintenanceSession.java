package dev.canopy.domain.session;

import dev.canopy.domain.RecordMeta;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One maintenance run on one computer (DESIGN.md §1, history record): read-only in the app; it arrives by
 * import, sync or sample data. A RUNNING session has no finish time yet; every other status has one, never
 * before the start.
 *
 * @param tenantId the tenant the computer belongs to now (a session has no tenant of its own: it goes where its
 *                 computer goes, by reassign, merge or sync)
 * @param summary  what happened, in words for the technician ("Reboot suppressed during business hours")
 */
public record MaintenanceSession(UUID id,
                                 UUID computerId,
                                 UUID tenantId,
                                 Instant started,
                                 Instant finished,
                                 SessionStatus status,
                                 String summary,
                                 RecordMeta meta) {

    public MaintenanceSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(computerId, "computerId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(meta, "meta");
        summary = summary == null ? "" : summary.strip();
        if (status == SessionStatus.RUNNING && finished != null) {
            throw new IllegalArgumentException("finished: a RUNNING session has no finish time yet, got " + finished);
        }
        if (status != SessionStatus.RUNNING && finished == null) {
            throw new IllegalArgumentException("finished: a " + status + " session needs its finish time");
        }
        if (finished != null && finished.isBefore(started)) {
            throw new IllegalArgumentException("finished: " + finished + " is before the start " + started);
        }
    }

    /** How long it took; empty while it runs (use {@link #elapsed} for a running one). */
    public Optional<Duration> duration() {
        return finished == null ? Optional.empty() : Optional.of(Duration.between(started, finished));
    }

    /** How long it took, or for a running session how long it has run by {@code now} (never negative). */
    public Duration elapsed(Instant now) {
        Instant end = finished != null ? finished : now;
        Duration d = Duration.between(started, end);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
