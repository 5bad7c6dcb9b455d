package dev.canopy.ui.main;

import dev.canopy.domain.command.UndoHistory;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The undo history as properties the toolbar and menu bind to ("Undo move of Branch 1"). */
public final class UndoState {

    private final UndoHistory history = new UndoHistory();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    UndoHistory history() {
        return history;
    }

    /** Forgets every step (the database they refer to was replaced). */
    void clear() {
        while (history.nextUndo().isPresent()) {
            history.dropNextUndo();
        }
        while (history.nextRedo().isPresent()) {
            history.dropNextRedo();
        }
        refresh();
    }

    /** Call after every change to the history. */
    void refresh() {
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoText.set(history.nextUndo().map(s -> "Undo " + s.label()).orElse("Undo"));
        redoText.set(history.nextRedo().map(s -> "Redo " + s.label()).orElse("Redo"));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
