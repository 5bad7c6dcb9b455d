package dev.canopy.domain.tenant;

import dev.canopy.domain.RecordMeta;

import java.util.List;
import java.util.UUID;

/** An organisation the MSP manages (or the MSP itself). Immutable; edits make new values. */
public record Tenant(UUID id,
                     String name,
                     String slug,
                     TenantKind kind,
                     UUID parentId,
                     String description,
                     String timeZone,
                     List<String> tags,
                     boolean active,
                     List<ExternalRef> externalRefs,
                     RecordMeta meta) {

    public Tenant {
        description = description == null ? "" : description;
        timeZone = timeZone == null ? "" : timeZone;
        tags = List.copyOf(tags);
        externalRefs = List.copyOf(externalRefs);
    }

    public boolean isRoot() {
        return kind == TenantKind.MSP;
    }

    public boolean deleted() {
        return meta.deleted();
    }

    public Tenant withName(String newName, String newSlug) {
        return new Tenant(id, newName, newSlug, kind, parentId, description, timeZone, tags, active, externalRefs, meta);
    }

    public Tenant withParent(UUID newParentId, TenantKind newKind) {
        return new Tenant(id, name, slug, newKind, newParentId, description, timeZone, tags, active, externalRefs, meta);
    }

    public Tenant withDescription(String newDescription) {
        return new Tenant(id, name, slug, kind, parentId, newDescription, timeZone, tags, active, externalRefs, meta);
    }

    public Tenant withTimeZone(String newTimeZone) {
        return new Tenant(id, name, slug, kind, parentId, description, newTimeZone, tags, active, externalRefs, meta);
    }

    public Tenant withTags(List<String> newTags) {
        return new Tenant(id, name, slug, kind, parentId, description, timeZone, newTags, active, externalRefs, meta);
    }

    public Tenant withExternalRefs(List<ExternalRef> newExternalRefs) {
        return new Tenant(id, name, slug, kind, parentId, description, timeZone, tags, active, newExternalRefs, meta);
    }

    public Tenant withMeta(RecordMeta newMeta) {
        return new Tenant(id, name, slug, kind, parentId, description, timeZone, tags, active, externalRefs, newMeta);
    }
}
