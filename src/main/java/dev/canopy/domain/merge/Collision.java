package dev.canopy.domain.merge;

import java.util.UUID;

/**
 * Something in the source that clashes with something in the destination; the technician decides.
 *
 * @param key         stable id of the collision, used to look up the decision
 * @param sourceId    the source's record
 * @param destinationId the destination's record
 */
public record Collision(String key, Kind kind, String description, UUID sourceId, UUID destinationId) {

    /** What clashes, and which choices make sense for it. */
    public enum Kind { PERSON_EMAIL, SCHEDULE_NAME, DEPLOYMENT_SOFTWARE, CHILD_TENANT_NAME, MAPPING_SOURCE }

    /** What to do with a collision. */
    public enum Choice {
        KEEP_DESTINATION("Keep the destination's (remove the source's)"),
        KEEP_SOURCE("Keep the source's (remove the destination's)"),
        KEEP_BOTH_RENAMED("Keep both (rename the source's)");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The choices this kind of collision allows; the first is the default. */
    public java.util.List<Choice> choices() {
        return switch (kind) {
            case PERSON_EMAIL, DEPLOYMENT_SOFTWARE -> java.util.List.of(Choice.KEEP_DESTINATION, Choice.KEEP_SOURCE);
            // a tenant has one mapping per source: the destination keeps its id or takes the source's
            case MAPPING_SOURCE -> java.util.List.of(Choice.KEEP_DESTINATION, Choice.KEEP_SOURCE);
            case SCHEDULE_NAME -> java.util.List.of(Choice.KEEP_BOTH_RENAMED, Choice.KEEP_DESTINATION, Choice.KEEP_SOURCE);
            // a sub-tenant may own computers and people: it is never dropped, only renamed
            case CHILD_TENANT_NAME -> java.util.List.of(Choice.KEEP_BOTH_RENAMED);
        };
    }
}
