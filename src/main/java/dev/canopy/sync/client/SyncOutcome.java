package dev.canopy.sync.client;

import java.nio.file.Path;

/** What one sync did, for the log, the status bar and {@code canopy sync}'s output. backup: where the replaced local copy went. */
public record SyncOutcome(int applied, int merged, int conflicts, int rejected, int pulled, long cursor, Path backup) {
}
