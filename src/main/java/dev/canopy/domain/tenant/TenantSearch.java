package dev.canopy.domain.tenant;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Filters the tree as the technician types: a tenant matches when its name contains the query
 * (ignoring case); its ancestors stay visible so the match is shown in place.
 */
public final class TenantSearch {

    private final TenantHierarchy hierarchy;
    private final UUID[] ids;
    private final String[] lowerNames;

    public TenantSearch(TenantHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        var all = hierarchy.depthFirst();
        ids = new UUID[all.size()];
        lowerNames = new String[all.size()];
        for (int i = 0; i < all.size(); i++) {
            ids[i] = all.get(i).id();
            lowerNames[i] = all.get(i).name().toLowerCase(Locale.ROOT);
        }
    }

    /** The result of one query: the tenants that match and those to show (matches and their ancestors). */
    public record Result(String query, Set<UUID> matches, Set<UUID> visible) {
        public boolean isEverything() {
            return query.isEmpty();
        }
    }

    public Result search(String rawQuery) {
        String query = rawQuery == null ? "" : rawQuery.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return new Result("", Set.of(), Set.of());
        }
        Set<UUID> matches = new HashSet<>();
        Set<UUID> visible = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (lowerNames[i].contains(query)) {
                matches.add(ids[i]);
                addWithAncestors(ids[i], visible);
            }
        }
        return new Result(query, matches, visible);
    }

    private void addWithAncestors(UUID id, Set<UUID> visible) {
        for (UUID current = id; current != null && visible.add(current); ) {
            current = hierarchy.node(current).map(TenantNode::parentId).orElse(null);
        }
    }
}
