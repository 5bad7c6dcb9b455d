package dev.canopy.store.entity;

import dev.canopy.domain.RecordMeta;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** The sync fields shared by every record table. */
@Embeddable
public class SyncColumns {

    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;
    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected SyncColumns() {
    }

    public static SyncColumns of(RecordMeta meta) {
        SyncColumns columns = new SyncColumns();
        columns.set(meta);
        return columns;
    }

    public void set(RecordMeta meta) {
        version = meta.version();
        updatedAt = meta.updatedAt();
        updatedBy = meta.updatedBy();
        deleted = meta.deleted();
    }

    public RecordMeta toMeta() {
        return new RecordMeta(version, updatedAt, updatedBy, deleted);
    }
}
