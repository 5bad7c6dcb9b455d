package dev.canopy.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The sync fields every record carries (DESIGN.md §1): the server's change sequence of the last
 * accepted write (0 while never synced), who last wrote it and when, and the tombstone flag.
 */
public record RecordMeta(long version, Instant updatedAt, String updatedBy, boolean deleted) {

    public RecordMeta {
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    public static RecordMeta created(Instant at, String by) {
        return new RecordMeta(0, at, by, false);
    }

    /** The meta of a local write: the version stays until the server accepts the change. */
    public RecordMeta touched(Instant at, String by) {
        return new RecordMeta(version, at, by, deleted);
    }

    public RecordMeta withDeleted(boolean isDeleted, Instant at, String by) {
        return new RecordMeta(version, at, by, isDeleted);
    }
}
