package dev.canopy.domain.person;

import dev.canopy.domain.RecordMeta;

import java.util.UUID;

/** A person of a tenant; role is null when the person holds no access. */
public record Person(UUID id, UUID tenantId, String displayName, String email, Role role, boolean active, RecordMeta meta) {

    public Person withMeta(RecordMeta newMeta) {
        return new Person(id, tenantId, displayName, email, role, active, newMeta);
    }
}
