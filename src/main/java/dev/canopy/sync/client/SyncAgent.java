package dev.canopy.sync.client;

import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncConflict;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the desktop app (and {@code canopy sync}) asks of sync. Methods that talk to the server block and must be
 * called off the FX thread; status listeners are called on whatever thread changed the status.
 */
public interface SyncAgent {

    /** The state as the status bar shows it. */
    SyncStatus status();

    /** Calls the listener at each status change (and once at once); the returned handle removes it. */
    AutoCloseable onStatus(Consumer<SyncStatus> listener);

    /** Calls the listener after sync changed local records (a pull page applied, a conflict settled), so views reload. */
    AutoCloseable onLocalDataChanged(Runnable listener);

    /** The saved connection, if any. */
    Optional<ServerConnection> connection();

    /** Checks a server URL and token (health, then the token) and says which first-contact case applies; saves nothing. */
    ConnectionCheck check(ServerConnection candidate) throws SyncFailure;

    /**
     * Saves the connection and makes the first contact the check found, as the technician chose: download everything
     * in scope, publish the local state (MSP_ADMIN), or replace the local copy (backup kept); then syncs.
     */
    SyncOutcome connect(ServerConnection connection, FirstContact choice, SyncProgress progress) throws SyncFailure;

    /** Forgets the connection (local data stays); the app is Local only again. */
    void disconnect();

    /** Asks for a sync shortly (after an edit, while online); returns at once. */
    default void syncSoon() {
    }

    /** Pushes the outbox, then pulls every page. */
    SyncOutcome syncNow(SyncProgress progress) throws SyncFailure;

    /** What pushing the outbox now would do (the server's dry run), one item per pending edit; changes nothing. */
    List<PreviewItem> preview() throws SyncFailure;

    List<PendingEdit> pending();

    List<SyncConflict> conflicts();

    /** The most recent syncs, newest first (at most 50). */
    List<SyncLogEntry> recentSyncs();

    /** Removes a pending edit and undoes it locally. */
    void dropPending(long mutationId);

    /** Resolves a conflict; editedValue is used for {@link Resolution#EDIT} only. */
    void resolve(long conflictId, Resolution resolution, String editedValue);

    /** How a conflict is resolved. */
    enum Resolution { KEEP_MINE, TAKE_THEIRS, EDIT }

    /** The first contact a technician chose in the Connect dialog (or with {@code --publish} / {@code --replace-local}). */
    enum FirstContact { DOWNLOAD, PUBLISH, REPLACE_LOCAL, RESUME }
}
