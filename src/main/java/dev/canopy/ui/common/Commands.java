package dev.canopy.ui.common;

import dev.canopy.domain.command.Command;

import java.util.function.Consumer;

/**
 * Runs the technician's edits: each command is applied on the edit lane in one store
 * transaction, becomes the next undo step, and reloads the tree; a refusal comes back as its error.
 */
public interface Commands {

    void execute(Command command, Consumer<Command.Applied> onApplied, Consumer<Throwable> onRefused);
}
