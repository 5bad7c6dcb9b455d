package dev.canopy.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** New records' ids: RFC 9562 version 7, increasing in the order they are made (what keeps bulk index writes appending). */
class RecordIdsTest {

    @Test
    void idsMadeInABurstAreDistinctVersion7AndIncreasing() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {  // far more than the 4,096 a millisecond's counter holds
            ids.add(RecordIds.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("id %d after %s", i, ids.get(i - 1)).isGreaterThan(ids.get(i - 1));
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
    }

    @Test
    void anIdStartsWithTheMillisecondItWasMadeIn() {
        long before = Instant.now().toEpochMilli();
        UUID id = RecordIds.next();
        long millis = id.getMostSignificantBits() >>> 16;
        // a burst before may have carried the counter a little ahead of the clock
        assertThat(millis).isBetween(before, Instant.now().toEpochMilli() + 1_000);
    }
}
