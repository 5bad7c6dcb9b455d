package dev.canopy.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * New records' ids: version 7 UUIDs (RFC 9562) — 48 bits of Unix milliseconds, then a 12-bit counter and 62 random
 * bits — increasing within this process even for thousands made in one millisecond. Still unique across laptops (the
 * random part), but a bulk write of new records (an import's 100k computers) appends to every index on their ids
 * instead of touching a random page of it per record, which is most of what H2 spends on such a write.
 */
public final class RecordIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock CLOCK = Clock.systemUTC();

    /** The last id's first 64 bits (milliseconds and counter); the next is always greater. */
    private static long lastHigh;

    private RecordIds() {
    }

    public static UUID next() {
        long high;
        synchronized (RecordIds.class) {
            long fromClock = (CLOCK.millis() << 16) | 0x7000L;
            // same millisecond (or the clock went back): count on from the last id; the counter may carry into the
            // milliseconds, which then run a little ahead of the clock until it catches up
            high = Long.compareUnsigned(fromClock, lastHigh) > 0 ? fromClock : nextAfter(lastHigh);
            lastHigh = high;
        }
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // the RFC 4122 variant
        return new UUID(high, low);
    }

    /** The next value of the counter (the low 12 bits), carrying into the milliseconds; the version nibble stays 7. */
    private static long nextAfter(long high) {
        long counter = high & 0xFFFL;
        if (counter < 0xFFFL) {
            return high + 1;
        }
        long millis = (high >>> 16) + 1;
        return (millis << 16) | 0x7000L;
    }
}
