package dev.canopy.domain.person;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.ExternalRef;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person of a tenant; role is null when the person holds no access. externalRefs are the person's integration
 * mappings (source "entra" with the Entra object id), at most one per source.
 */
public record Person(UUID id, UUID tenantId, String displayName, String email, Role role, boolean active,
                     List<ExternalRef> externalRefs, RecordMeta meta) {

    public Person {
        // a record read from before people had mappings (an old export, a queued edit) has none
        externalRefs = externalRefs == null ? List.of() : List.copyOf(externalRefs);
    }

    public Person withTenantId(UUID newTenantId) {
        return new Person(id, newTenantId, displayName, email, role, active, externalRefs, meta);
    }

    public Person withMeta(RecordMeta newMeta) {
        return new Person(id, tenantId, displayName, email, role, active, externalRefs, newMeta);
    }

    /** The person's id in that source, if mapped (sources match ignoring case). */
    public Optional<String> externalId(String source) {
        return externalRefs.stream().filter(r -> r.source().equalsIgnoreCase(source)).map(ExternalRef::externalId).findFirst();
    }
}
