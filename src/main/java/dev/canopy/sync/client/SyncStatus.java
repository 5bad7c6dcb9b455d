package dev.canopy.sync.client;

import java.time.Instant;

/**
 * The sync state as the status bar shows it.
 *
 * @param lastSynced when the last sync finished well (null: never)
 * @param progress   0..1 during a long pull, negative when unknown
 * @param detail     one line: what is happening or why the last sync failed (never a stack trace)
 */
public record SyncStatus(State state, Instant lastSynced, int pending, int conflicts, double progress, String detail, String server) {

    /** LOCAL_ONLY: no server configured; OFFLINE: the server cannot be reached (edits stay queued). */
    public enum State { LOCAL_ONLY, OFFLINE, SYNCING, SYNCED, FAILED }

    public static SyncStatus localOnly(int pending) {
        return new SyncStatus(State.LOCAL_ONLY, null, pending, 0, -1, "", null);
    }
}
