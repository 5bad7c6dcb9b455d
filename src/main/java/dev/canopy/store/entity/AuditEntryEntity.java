package dev.canopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One accepted change: who, when, which record, before/after of the changed fields (JSON). Never edited. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false, length = 200)
    private String actor;
    @Column(nullable = false, length = 40)
    private String entity;
    @Column(name = "record_id", nullable = false)
    private UUID recordId;
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(nullable = false, length = 60)
    private String action;
    @Lob
    @Column(nullable = false)
    private String changes;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(Instant at, String actor, String entity, UUID recordId, UUID tenantId, String action, String changes) {
        this.at = at;
        this.actor = actor;
        this.entity = entity;
        this.recordId = recordId;
        this.tenantId = tenantId;
        this.action = action;
        this.changes = changes;
    }

    public String action() {
        return action;
    }

    public String changes() {
        return changes;
    }

    public UUID recordId() {
        return recordId;
    }
}
