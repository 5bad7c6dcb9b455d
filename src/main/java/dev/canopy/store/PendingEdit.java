package dev.canopy.store;

import java.time.Instant;

/**
 * One outbox mutation as sync pushes it and the sync panel lists it.
 *
 * @param id          the per-client mutation id (1, 2, 3…, never reused)
 * @param args        the command's arguments as JSON
 * @param baseVersion the server version of the mutation's target record when the edit was made (0: never synced)
 * @param fields      the target record's fields the edit changed
 * @param summary     what the edit did, in words ("rename of Acme to Acme Corp")
 */
public record PendingEdit(long id, String name, String args, long baseVersion, java.util.List<String> fields, Instant createdAt,
                          String summary) {
}
