package dev.canopy.domain.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of one app run. Each entry holds the label of the original action and
 * the command that reverses it; running an entry yields the entry for the other stack.
 */
public final class UndoHistory {

    /** A reversible step: what it was ("move of Branch 1") and the command that reverses it. */
    public record Step(String label, Command command) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** A new user action: it can be undone, and whatever was undone before can no longer be redone. */
    public void done(String label, Command inverse) {
        undo.push(new Step(label, inverse));
        redo.clear();
    }

    public Optional<Step> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The top undo step ran; its inverse becomes the next redo. */
    public void undone(Command inverseOfUndo) {
        Step step = undo.pop();
        redo.push(new Step(step.label(), inverseOfUndo));
    }

    /** The top redo step ran; its inverse becomes the next undo. */
    public void redone(Command inverseOfRedo) {
        Step step = redo.pop();
        undo.push(new Step(step.label(), inverseOfRedo));
    }

    /** An undo or redo was refused (the world changed): the step is dropped so the stacks stay truthful. */
    public void dropNextUndo() {
        undo.poll();
    }

    public void dropNextRedo() {
        redo.poll();
    }
}
