package dev.canopy.store;

import dev.canopy.domain.tenant.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Before/after of the fields that differ between two versions of a tenant, for the audit. */
final class TenantDiff {

    private TenantDiff() {
    }

    /** field → {before, after}; before is null for a new tenant. */
    static Map<String, Map<String, Object>> of(Tenant before, Tenant after) {
        Map<String, Object> old = before == null ? Map.of() : fields(before);
        Map<String, Object> now = fields(after);
        Map<String, Map<String, Object>> diff = new LinkedHashMap<>();
        for (var entry : now.entrySet()) {
            Object was = old.get(entry.getKey());
            if (!Objects.equals(was, entry.getValue())) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", entry.getValue());
                diff.put(entry.getKey(), change);
            }
        }
        return diff;
    }

    private static Map<String, Object> fields(Tenant t) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", t.name());
        f.put("slug", t.slug());
        f.put("kind", t.kind().name());
        f.put("parentId", t.parentId() == null ? null : t.parentId().toString());
        f.put("description", t.description());
        f.put("timeZone", t.timeZone());
        f.put("tags", List.copyOf(t.tags()));
        // as "source externalId" texts: the History tab shows them as they are
        f.put("externalRefs", t.externalRefs().stream().map(r -> r.source() + " " + r.externalId()).toList());
        f.put("active", t.active());
        f.put("deleted", t.deleted());
        return f;
    }
}
