package dev.canopy.sync.client;

import dev.canopy.store.SyncLedger;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Uploads a never-synced folder's whole state as an empty server's first state, in chunks the server applies all
 * together with the last one (or not at all). Two passes over the local records: one to count the chunks, one to
 * send them, so the state is never held in memory whole.
 */
final class PublishRun {

    static final int CHUNK = 1000;

    private final SyncRun calls;
    private final ServerApi api;
    private final SyncLedger ledger;
    private final SyncProgress progress;

    PublishRun(SyncRun calls, ServerApi api, SyncLedger ledger, SyncProgress progress) {
        this.calls = calls;
        this.api = api;
        this.ledger = ledger;
        this.progress = progress;
    }

    /** Publishes and returns the number of records the server applied. */
    int run() throws SyncFailure {
        int[] count = {0};
        ledger.forEachRecord(record -> count[0]++);
        int chunks = Math.max(1, (count[0] + CHUNK - 1) / CHUNK);
        String publishId = UUID.randomUUID().toString();
        List<PublishRequest.PublishedRecord> chunk = new ArrayList<>(CHUNK);
        int[] sent = {0};
        PublishResponse[] last = {null};
        try {
            ledger.forEachRecord(record -> {
                chunk.add(new PublishRequest.PublishedRecord(record.entity(), record.record()));
                if (chunk.size() == CHUNK) {
                    last[0] = send(publishId, sent[0]++, chunks, chunk);
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty() || sent[0] == 0) {
                last[0] = send(publishId, sent[0]++, chunks, chunk);
            }
        } catch (Failed failed) {
            throw failed.failure;
        }
        if (last[0] == null || !last[0].applied()) {
            throw new SyncFailure(SyncFailure.Kind.REFUSED, "The server did not apply the upload; nothing was published.", null);
        }
        // the cursor starts at 0, not at the publish's: the next pull brings every record back with its server version,
        // so later edits carry true base versions
        ledger.published(0);
        return last[0].records();
    }

    private PublishResponse send(String publishId, int index, int chunks, List<PublishRequest.PublishedRecord> records) {
        if (progress.isCancelled()) {
            throw new Failed(new SyncFailure(SyncFailure.Kind.CANCELLED, "The upload was cancelled; the server applied none of it.", null));
        }
        progress.update((double) index / chunks, "Uploading part " + (index + 1) + " of " + chunks + "…");
        PublishRequest request = new PublishRequest(ledger.clientId(), publishId, index, chunks, List.copyOf(records));
        try {
            return calls.withRetries(() -> api.publish(request));
        } catch (SyncFailure failure) {
            throw new Failed(failure);
        }
    }

    /** Carries a failure out of the record callback, which cannot throw checked exceptions. */
    private static final class Failed extends RuntimeException {
        private final SyncFailure failure;

        Failed(SyncFailure failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }
}
