package dev.canopy.sync.client;

/** Turns a failed server call into what the technician reads: offline, token refused, or the server's reason. */
final class SyncFailures {

    private SyncFailures() {
    }

    static SyncFailure of(ServerCallFailed failed) {
        if (failed.status() == 0) {
            return new SyncFailure(SyncFailure.Kind.OFFLINE, failed.getMessage(), failed);
        }
        if (failed.status() == 401) {
            return new SyncFailure(SyncFailure.Kind.UNAUTHORIZED, "The server refused the token: " + failed.getMessage(), failed);
        }
        if (failed.status() == 429) {
            return new SyncFailure(SyncFailure.Kind.OFFLINE, "The server is busy (too many requests); sync will try again shortly.", failed);
        }
        if (failed.status() >= 500) {
            return new SyncFailure(SyncFailure.Kind.OFFLINE, "The server had a problem (HTTP " + failed.status()
                    + "); your edits are kept and sync will try again.", failed);
        }
        return new SyncFailure(SyncFailure.Kind.REFUSED, failed.getMessage(), failed);
    }
}
