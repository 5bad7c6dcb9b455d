package dev.canopy.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one zone the window shows times in (the technician's setting: the computer's zone or a chosen one). Views
 * format instants through here instead of ZoneId.systemDefault(), so a change of setting reaches them all.
 */
public final class DisplayZone {

    private static volatile ZoneId chosen;

    private DisplayZone() {
    }

    /** null: the computer's own zone. */
    public static void use(ZoneId zone) {
        chosen = zone;
    }

    public static ZoneId zone() {
        ZoneId zone = chosen;
        return zone == null ? ZoneId.systemDefault() : zone;
    }

    /** The system clock in the display zone, for "today" and "as of" wording; it follows a later change of zone. */
    public static Clock clock() {
        return FOLLOWING;
    }

    private static final Clock FOLLOWING = new Clock() {
        @Override
        public ZoneId getZone() {
            return zone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    };

    public static ZonedDateTime of(Instant instant) {
        return instant.atZone(zone());
    }
}
