package dev.canopy.sync.client;

import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncLedger;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The server's dry run of the whole outbox, matched to the pending edits it judged; changes nothing anywhere. */
final class DryRun {

    private DryRun() {
    }

    static List<PreviewItem> preview(ServerApi api, SyncLedger ledger, SyncRun calls) throws SyncFailure {
        List<PendingEdit> pending = ledger.pending();
        if (pending.isEmpty()) {
            return List.of();
        }
        // one request, so each edit is judged after the ones before it, as a real push would
        PushResponse response = calls.withRetries(() -> api.push(new PushRequest(ledger.clientId(), SyncRun.mutations(pending), true)));
        Map<Long, MutationResult> byId = new HashMap<>();
        response.results().forEach(r -> byId.put(r.id(), r));
        List<PreviewItem> items = new ArrayList<>();
        for (PendingEdit edit : pending) {
            MutationResult result = byId.get(edit.id());
            items.add(result == null
                    ? new PreviewItem(edit.id(), edit.summary(), MutationResult.APPLIED, "already received by the server")
                    : new PreviewItem(edit.id(), edit.summary(), result.status(), result.reason()));
        }
        return items;
    }
}
