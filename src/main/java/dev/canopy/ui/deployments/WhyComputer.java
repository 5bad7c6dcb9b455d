package dev.canopy.ui.deployments;

import java.util.List;
import java.util.UUID;

/**
 * A computer the "why" panel can explain: what deployment resolution needs to know about it, and
 * its name for the picker. The hypothetical one stands for "any computer of this tenant" and takes
 * its tags from what the technician types.
 */
public record WhyComputer(UUID id, UUID tenantId, String name, List<String> tags, boolean hypothetical) {

    /** The marker id of the hypothetical computer; no real computer has the nil UUID. */
    public static final UUID HYPOTHETICAL_ID = new UUID(0, 0);

    public WhyComputer {
        tags = List.copyOf(tags);
    }

    public static WhyComputer hypothetical(UUID tenantId, String tenantName) {
        return new WhyComputer(HYPOTHETICAL_ID, tenantId, "Any computer of " + tenantName, List.of(), true);
    }

    public static WhyComputer real(UUID id, UUID tenantId, String name, List<String> tags) {
        return new WhyComputer(id, tenantId, name, tags, false);
    }
}
