package dev.canopy.domain.command;

import dev.canopy.domain.tenant.ExternalRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields an edit changes; null means "unchanged". An empty time zone or description means
 * "cleared" (the time zone is then inherited). externalRefs is the tenant's whole list of own integration mappings
 * (an empty list removes them all).
 */
public record TenantChanges(String name, String description, UUID parentId, String timeZone, List<String> tags,
                            List<ExternalRef> externalRefs) {

    public TenantChanges {
        externalRefs = externalRefs == null ? null : List.copyOf(externalRefs);
    }

    /** The changes of the fields other than the mappings (those stay unchanged). */
    public TenantChanges(String name, String description, UUID parentId, String timeZone, List<String> tags) {
        this(name, description, parentId, timeZone, tags, null);
    }

    /** Sets the tenant's own integration mappings, changing nothing else. */
    public static TenantChanges mappings(List<ExternalRef> externalRefs) {
        return new TenantChanges(null, null, null, null, null, externalRefs);
    }

    public static TenantChanges rename(String name) {
        return new TenantChanges(name, null, null, null, null);
    }

    public static TenantChanges move(UUID parentId) {
        return new TenantChanges(null, null, parentId, null, null);
    }

    public boolean isEmpty() {
        return name == null && description == null && parentId == null && timeZone == null && tags == null
                && externalRefs == null;
    }

    Map<String, Object> asArgs() {
        Map<String, Object> args = new LinkedHashMap<>();
        if (name != null) {
            args.put("name", name);
        }
        if (description != null) {
            args.put("description", description);
        }
        if (parentId != null) {
            args.put("parentId", parentId.toString());
        }
        if (timeZone != null) {
            args.put("timeZone", timeZone);
        }
        if (tags != null) {
            args.put("tags", List.copyOf(tags));
        }
        if (externalRefs != null) {
            args.put("externalRefs", externalRefs.stream().map(r -> {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("source", r.source());
                ref.put("externalId", r.externalId());
                return ref;
            }).toList());
        }
        return args;
    }
}
