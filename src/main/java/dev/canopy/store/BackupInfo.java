package dev.canopy.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a backup of the local database holds, read from the manifest inside its zip, so a restore can show it without
 * opening the database: when it was made, by which schema, and how many live tenants and computers it holds.
 *
 * @param clientId the sync identity of the data folder it was made in (its outbox belongs to that identity)
 */
public record BackupInfo(Path file, Kind kind, Instant madeAt, int schema, String appVersion, int tenants, int computers, String clientId) {

    /** Daily backups are made at start and rotated; manual ones (File → Back up…, canopy backup) are never deleted by Canopy. */
    public enum Kind {
        DAILY("daily"), MANUAL("manual");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
