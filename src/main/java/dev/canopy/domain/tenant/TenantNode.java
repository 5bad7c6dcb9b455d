package dev.canopy.domain.tenant;

import java.util.UUID;

/** What the tree shows of a tenant: enough to draw, sort, search and check moves. */
public record TenantNode(UUID id, UUID parentId, String name, TenantKind kind, String timeZone, int computers) {

    /** Where the effective time zone comes from: the last tenant on the path that sets one, or empty. */
    public static java.util.Optional<TenantNode> timeZoneSource(java.util.List<TenantNode> pathFromRoot) {
        for (int i = pathFromRoot.size() - 1; i >= 0; i--) {
            String zone = pathFromRoot.get(i).timeZone();
            if (zone != null && !zone.isEmpty()) {
                return java.util.Optional.of(pathFromRoot.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** The tenant's own time zone or, when it has none, the nearest ancestor's; empty when none is set. */
    public static String effectiveTimeZone(java.util.List<TenantNode> pathFromRoot) {
        return timeZoneSource(pathFromRoot).map(TenantNode::timeZone).orElse("");
    }
}
