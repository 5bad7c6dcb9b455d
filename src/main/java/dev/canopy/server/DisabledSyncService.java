package dev.canopy.server;

import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.util.List;

/**
 * The sync service until the real one exists: the API answers in the protocol's shape, but every pushed mutation is
 * REJECTED and pull has nothing. Clients see a clear reason instead of a 404 and keep their outbox.
 */
public final class DisabledSyncService implements SyncService {

    static final String REASON = "sync is not enabled on this server yet";

    @Override
    public PushResponse push(Caller caller, PushRequest request) {
        List<MutationResult> results = request.mutations().stream()
                .map(m -> MutationResult.rejected(m.id(), REASON))
                .toList();
        // nothing was applied, so no mutation counts as seen: the client keeps them all for a later push
        return new PushResponse(0, results, 0);
    }

    @Override
    public PullResponse pull(Caller caller, long since, int limit) {
        return new PullResponse(List.of(), since, false, 0);
    }
}
