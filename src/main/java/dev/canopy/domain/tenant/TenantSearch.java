package dev.canopy.domain.tenant;

import java.util.HashSet;
import java.util.LinkedHashSet;
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

    /**
     * The result of one query: the tenants that match (in tree order, depth first) and those to show
     * (matches and their ancestors).
     */
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
        Set<UUID> matches = new LinkedHashSet<>();
        Set<UUID> visible = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (lowerNames[i].contains(query)) {
                matches.add(ids[i]);
                addWithAncestors(ids[i], visible);
            }
        }
        return new Result(query, matches, visible);
    }

    /**
     * The tenants to open so that the first {@code limit} matches (in tree order) are in sight: their
     * ancestors. A one-letter query can match most of a large tree; opening all of it would cost
     * every tenant's item on each keystroke.
     */
    public Set<UUID> toOpen(Result result, int limit) {
        Set<UUID> open = new HashSet<>();
        int shown = 0;
        for (UUID match : result.matches()) {
            if (shown++ == limit) {
                break;
            }
            UUID parent = hierarchy.node(match).map(TenantNode::parentId).orElse(null);
            addWithAncestors(parent, open);
        }
        return open;
    }

    private void addWithAncestors(UUID id, Set<UUID> visible) {
        for (UUID current = id; current != null && visible.add(current); ) {
            current = hierarchy.node(current).map(TenantNode::parentId).orElse(null);
        }
    }
}
