package dev.canopy.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What sync keeps in the local store: the outbox as the server must see it, the cursor, the conflicts, and the
 * pulled pages applied with local edits rebased on top. Every write is one transaction under the store's write
 * lock, so a technician's edit waits for at most one page, and a crash leaves either the whole page (and its
 * cursor) or none of it.
 *
 * <p>The rebase rule: the store keeps, for every record a pending edit touches, the last state the server sent
 * (its shadow). A pulled record nobody edits locally replaces the local one; one with pending edits becomes the
 * server's state with the pending edits' fields kept from the local record. When an edit leaves the outbox
 * without being applied (CONFLICT, REJECTED, dropped by the technician), its fields go back to the shadow's values,
 * unless a later pending edit also touches them.
 */
public interface SyncLedger {

    /** This data folder's client id (random, made once, kept in the database). */
    String clientId();

    /** The cursor of the last pull page applied; 0 before the first pull. */
    long cursor();

    /** Whether this data folder has ever completed a pull or a publish with a server. */
    boolean everSynced();

    /** Whether the local database holds any tenant. */
    boolean hasLocalData();

    /** Whether edits keep the shadows a pull rebases against (a server is connected); off in a new data folder. */
    boolean tracking();

    /**
     * Turns shadow keeping on (the sync engine does, once a server is connected) or off; kept in the database. Edits
     * made while it is off still reach the outbox, but a record they touched has no known server state to go back to.
     */
    void enableTracking(boolean on);

    /** A live local record as a pull would return it (its fields and meta), if the store holds it. */
    java.util.Optional<Map<String, Object>> localRecord(String entity, UUID id);

    /** The outbox, oldest first. */
    List<PendingEdit> pending();

    /** Applies one pull page and its cursor in one transaction (see the rebase rule above). */
    PageApplied applyPage(List<PulledChange> changes, long cursor);

    /**
     * After downloading again over a kept local copy: removes the records the download did not bring, in one
     * transaction, never taking a tenant the download brought (it may now sit under one that left the scope).
     */
    PageApplied revokeNotReceived(List<PulledChange> revokes, java.util.Set<UUID> receivedTenants);

    /**
     * Settles a real push's results, in one transaction: APPLIED and MERGED leave the outbox; CONFLICT and REJECTED
     * leave it too and become {@link SyncConflict}s (one per field for a CONFLICT), their local effect replaced by
     * the server's state ({@code current} for a CONFLICT, the shadow otherwise).
     */
    void settle(List<PushOutcome> outcomes);

    /** Conflicts not yet resolved, oldest first. */
    List<SyncConflict> conflicts();

    /**
     * Marks a conflict resolved and writes its audit entry ("kept mine", "took theirs", "edited to …"). Keeping mine or
     * an edited value is a new command the sync client executes through {@link LocalStore#execute}, which queues it.
     */
    void markResolved(long conflictId, String resolution);

    /** Removes one pending edit and undoes its local effect (fields back to the server's state). */
    void dropPending(long mutationId);

    /** Every live local record as a pull would return it, parents before children, for a first publish. */
    void forEachRecord(Consumer<PulledChange> sink);

    /**
     * Every record held locally, also those of deleted tenants and the deleted tenants themselves: what a download
     * over a kept local copy compares with what the server still gives (a computer of a tenant deleted meanwhile is
     * held too, and must leave if the server no longer gives it).
     */
    void forEachHeldRecord(Consumer<PulledChange> sink);

    /** After a successful publish: the outbox is emptied (its edits are in the published state) and the folder counts as synced. */
    void published(long cursor);

    /**
     * Replaces the local copy with an empty database for a fresh download: the old database file is kept as a backup
     * beside it, whose path is returned; sync state (client id and mutation ids excepted) starts over.
     */
    Path replaceLocalWithEmpty();

    /** One change from a pull page, shaped as the protocol's change (record as its JSON object). */
    record PulledChange(String op, String entity, UUID id, Map<String, Object> record) {
    }

    /** What a page did, for the sync log; revoked records that had pending edits became conflicts. */
    record PageApplied(int upserted, int deleted, int revoked, int rebased) {
    }

    /** One result of a push: status APPLIED | MERGED | CONFLICT | REJECTED, current = the server's record on CONFLICT. */
    record PushOutcome(long mutationId, String status, String reason, Map<String, Object> current) {
    }
}
