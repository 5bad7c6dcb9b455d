package dev.canopy.store;

import java.time.Instant;

/**
 * A mutation waiting to be pushed to the sync server.
 *
 * @param id          this client's mutation id: 1, 2, 3… never reused
 * @param args        the command's arguments as JSON
 * @param baseVersion the version of the target record before the change (0 while never synced)
 */
public record OutboxMutation(long id, String name, String args, long baseVersion, Instant createdAt) {
}
