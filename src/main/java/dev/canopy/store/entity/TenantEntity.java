package dev.canopy.store.entity;

import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tenant table; converts to and from the domain's immutable {@link Tenant}. */
@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    private UUID id;
    @Column(nullable = false, length = 120)
    private String name;
    @Column(nullable = false, length = 160)
    private String slug;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TenantKind kind;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(nullable = false, length = 2000)
    private String description;
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;
    @Convert(converter = TagListConverter.class)
    @Column(nullable = false, length = 2000)
    private List<String> tags;
    @Column(nullable = false)
    private boolean active;
    @ElementCollection
    @CollectionTable(name = "tenant_external_ref", joinColumns = @JoinColumn(name = "tenant_id"))
    private List<ExternalRefColumns> externalRefs = new ArrayList<>();
    @Embedded
    private SyncColumns sync;

    protected TenantEntity() {
    }

    public TenantEntity(UUID id) {
        this.id = id;
    }

    public UUID id() {
        return id;
    }

    public void set(Tenant t) {
        name = t.name();
        slug = t.slug();
        kind = t.kind();
        parentId = t.parentId();
        description = t.description();
        timeZone = t.timeZone();
        tags = new ArrayList<>(t.tags());
        active = t.active();
        externalRefs.clear();
        t.externalRefs().forEach(r -> externalRefs.add(new ExternalRefColumns(r.source(), r.externalId())));
        if (sync == null) {
            sync = SyncColumns.of(t.meta());
        } else {
            sync.set(t.meta());
        }
    }

    public Tenant toTenant() {
        return new Tenant(id, name, slug, kind, parentId, description, timeZone, tags, active,
                externalRefs.stream().map(r -> new ExternalRef(r.source(), r.externalId())).toList(), sync.toMeta());
    }
}
