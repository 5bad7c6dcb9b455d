package dev.canopy.ui.main;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.UndoHistory;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreException;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.ui.common.TaskExecutor;

import java.util.function.Consumer;

/**
 * The technician's edits and their undo and redo: each runs on the edit lane, in order, becomes (or leaves) an undo
 * step, reloads the tree and asks sync to send soon. While the tree is the snapshot's, nothing is made from it.
 */
final class EditRunner {

    static final String WAITING_FOR_DATABASE = "Saving as soon as the database is ready (it is still starting)…";

    private final MainViewModel model;
    private final TaskExecutor tasks;

    EditRunner(MainViewModel model) {
        this.model = model;
        this.tasks = model.tasks();
    }

    private UndoState undo() {
        return model.undoState();
    }

    /** On the edit lane: the command saved, and the tree after it. */
    private Applied applied(Command command) {
        LocalStore store = model.current();
        return new Applied(store.execute(command), store.loadHierarchy());
    }

    /** Runs a user action; on success it becomes the next undo step and the tree reloads. */
    void execute(Command command, Consumer<Command.Applied> onApplied, Consumer<Throwable> onRefused) {
        if (model.stateProperty().get() == MainViewModel.State.PREVIEW) {
            // the tree shown may not be the database's yet: nothing is made from it
            onRefused.accept(new StoreException("The database is still opening; nothing was changed. Try again in a moment."));
            return;
        }
        if (!model.editsReadyProperty().get()) {
            model.setNotice(WAITING_FOR_DATABASE);  // the wait is never silent
        }
        tasks.edit(() -> applied(command), result -> {
            undo().history().done(result.applied().label(), result.applied().inverse());
            undo().refresh();
            model.setNotice("Done: " + result.applied().label());
            model.showHierarchy(result.hierarchy());
            sendSoon();
            onApplied.accept(result.applied());
        }, error -> {
            if (WAITING_FOR_DATABASE.equals(model.noticeProperty().get())) {
                model.setNotice("");  // the refusal explains itself; "saving as soon as…" would no longer be true
            }
            onRefused.accept(error);
        });
    }

    void undo(Consumer<Throwable> onRefused) {
        undo().history().nextUndo().ifPresent(step -> runStep(step, "Undid ", true, onRefused));
    }

    void redo(Consumer<Throwable> onRefused) {
        undo().history().nextRedo().ifPresent(step -> runStep(step, "Redid ", false, onRefused));
    }

    /** An edit (or undo) was saved: while a server is connected, sync shortly so the team sees it. */
    private void sendSoon() {
        SyncAgent agent = model.sync().agentProperty().get();
        if (agent != null) {
            agent.syncSoon();
        }
    }

    private void runStep(UndoHistory.Step step, String verb, boolean isUndo, Consumer<Throwable> onRefused) {
        tasks.edit(() -> applied(step.command()), result -> {
            if (isUndo) {
                undo().history().undone(result.applied().inverse());
            } else {
                undo().history().redone(result.applied().inverse());
            }
            undo().refresh();
            model.setNotice(verb + step.label());
            model.showHierarchy(result.hierarchy());
            sendSoon();
            model.selectedTenantProperty().set(result.hierarchy().node(step.command().targetId()).map(n -> n.id()).orElse(model.selectedTenantProperty().get()));
        }, error -> {
            // the world changed under the step (e.g. a name is now taken): drop it rather than retry forever
            if (isUndo) {
                undo().history().dropNextUndo();
            } else {
                undo().history().dropNextRedo();
            }
            undo().refresh();
            onRefused.accept(error);
        });
    }

    private record Applied(Command.Applied applied, TenantHierarchy hierarchy) {
    }
}
