package dev.canopy.domain.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields an edit changes; null means "unchanged". An empty time zone or description means
 * "cleared" (the time zone is then inherited).
 */
public record TenantChanges(String name, String description, UUID parentId, String timeZone, List<String> tags) {

    public static TenantChanges rename(String name) {
        return new TenantChanges(name, null, null, null, null);
    }

    public static TenantChanges move(UUID parentId) {
        return new TenantChanges(null, null, parentId, null, null);
    }

    public boolean isEmpty() {
        return name == null && description == null && parentId == null && timeZone == null && tags == null;
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
        return args;
    }
}
