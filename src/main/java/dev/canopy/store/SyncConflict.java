package dev.canopy.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An edit the server did not take as it was, kept until the technician resolves it: nothing is dropped silently.
 *
 * @param kind        CONFLICT (someone changed the same field first), REJECTED (a rule refused it, e.g. a cycle),
 *                    REVOKED (the record left this technician's scope), DELETED (the record was deleted meanwhile)
 * @param mutationId  the outbox mutation it came from
 * @param name        that mutation's name, args its arguments (so keeping mine can replay it)
 * @param recordName  the record's name as a technician knows it
 * @param field       the field in conflict (null for REJECTED/REVOKED of a whole edit)
 * @param base        the field's value the edit was made against; mine the edit's value; theirs the server's
 * @param theirsBy    who made the server's value, theirsAt when (null when unknown)
 * @param reason      the server's reason or the client's ("Acme left your scope")
 */
public record SyncConflict(long id, String kind, long mutationId, String name, String args, String entity, UUID recordId,
                           String recordName, String field, String base, String mine, String theirs, String theirsBy,
                           Instant theirsAt, String reason, Instant at) {
    public static final String CONFLICT = "CONFLICT";
    public static final String REJECTED = "REJECTED";
    public static final String REVOKED = "REVOKED";
    public static final String DELETED = "DELETED";
}
