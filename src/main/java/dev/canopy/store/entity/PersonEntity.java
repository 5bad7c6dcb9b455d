package dev.canopy.store.entity;

import dev.canopy.domain.person.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The person table (people of a tenant). */
@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 320)
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Role role;
    @Column(nullable = false)
    private boolean active;
    @Embedded
    private SyncColumns sync;

    protected PersonEntity() {
    }
}
