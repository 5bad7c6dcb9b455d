package dev.canopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A mutation waiting to be pushed to the sync server; ids are this client's sequence 1, 2, 3… */
@Entity
@Table(name = "outbox_mutation")
public class OutboxMutationEntity {

    @Id
    private Long id;
    @Column(nullable = false, length = 60)
    private String name;
    @Lob
    @Column(nullable = false)
    private String args;
    @Column(name = "base_version", nullable = false)
    private long baseVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMutationEntity() {
    }

    public OutboxMutationEntity(long id, String name, String args, long baseVersion, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.args = args;
        this.baseVersion = baseVersion;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String args() {
        return args;
    }

    public long baseVersion() {
        return baseVersion;
    }
}
