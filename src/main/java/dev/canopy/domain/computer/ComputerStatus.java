package dev.canopy.domain.computer;

import java.time.Duration;
import java.time.Instant;

/** How recently a computer's agent checked in. */
public enum ComputerStatus {
    ONLINE, OFFLINE, STALE;

    /** Seen within this long counts as online. */
    public static final Duration ONLINE_WITHIN = Duration.ofMinutes(15);
    /** Not seen for this long counts as stale (DESIGN.md: 30 days). */
    public static final Duration STALE_AFTER = Duration.ofDays(30);

    public static ComputerStatus of(Instant lastSeen, Instant now) {
        if (lastSeen == null || lastSeen.isBefore(now.minus(STALE_AFTER))) {
            return STALE;
        }
        return lastSeen.isBefore(now.minus(ONLINE_WITHIN)) ? OFFLINE : ONLINE;
    }
}
