package dev.canopy.server;

import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What the HTTP layer ({@link ApiServer}) hands sync work to. The HTTP layer has already authenticated the caller and
 * checked the request's shape (clientId 1..100 characters, mutation ids positive and increasing, names non-empty,
 * since ≥ 0, limit 1..5000), so an implementation checks only what needs the database: scope, versions, conflicts.
 * <p>
 * To refuse a request, throw {@link SyncException}: {@code badRequest} (400), {@code forbidden} (403) or
 * {@code reset} (409), each with a reason the client shows. Any other exception is logged with its stack trace and
 * answered as a bare 500, so an implementation need not catch its own failures. Implementations must keep no state
 * between calls outside the database: several server processes may serve the same clients.
 */
public interface SyncService {

    /** Applies (or, when {@code request.dryRun()}, only judges) the mutations in order; one result per mutation. */
    PushResponse push(Caller caller, PushRequest request);

    /** Up to {@code limit} changes visible to the caller with a seq after {@code since}, in seq order. */
    PullResponse pull(Caller caller, long since, int limit);

    /**
     * The same for a named client (the {@code clientId} query parameter): the answer then carries that client's last
     * processed mutation id, and a client whose scope changed since its last pull is asked to reset (409).
     */
    default PullResponse pull(Caller caller, String clientId, long since, int limit) {
        return pull(caller, since, limit);
    }

    /**
     * The same pull written as its JSON answer (a {@link PullResponse}) to out. Nothing is written when the pull is
     * refused; an implementation may write the records straight from what it read instead of building the response.
     */
    default void writePull(Caller caller, String clientId, long since, int limit, OutputStream out) throws IOException {
        PullResponse response = clientId == null ? pull(caller, since, limit) : pull(caller, clientId, since, limit);
        if (response == null) {
            throw new IllegalStateException("the sync service answered pull with null");
        }
        ProtocolJson.MAPPER.writeValue(out, response);
    }

    /** Keeps one chunk of a first publish, and applies the whole publish with its last chunk (all or nothing). */
    default dev.canopy.sync.PublishResponse publish(Caller caller, dev.canopy.sync.PublishRequest request) {
        throw SyncException.badRequest("This server does not accept a publish.");
    }

    /** Who the caller is, as the server knows them, and whether the server holds any tenant yet. */
    default dev.canopy.sync.Identity identity(Caller caller) {
        return new dev.canopy.sync.Identity(caller.email(), caller.role().name(), caller.tenantId(), null, true);
    }
}
