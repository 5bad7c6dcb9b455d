package dev.canopy.sync.client;

import java.time.Instant;

/** One line of the sync log: when, whether it went well, and what happened ("sent 3, received 120"). */
public record SyncLogEntry(Instant at, boolean ok, String outcome) {
}
