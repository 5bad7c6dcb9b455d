package dev.canopy.domain.command;

import java.util.Map;
import java.util.UUID;

/**
 * One user action. The store applies it in one transaction (with its audit entries and its outbox
 * mutation); applying returns the inverse command, which is how undo works and why undo syncs like
 * any other edit.
 */
public interface Command {

    /** The sync mutation name, e.g. "tenant.update". */
    String mutationName();

    /** The mutation's arguments as JSON-friendly values (strings, numbers, booleans, lists). */
    Map<String, Object> args();

    /** The record the mutation is about; its version before the change is the mutation's base version. */
    UUID targetId();

    /** Checks the rules against the workspace, saves the change and returns its inverse. */
    Applied applyTo(Workspace workspace);

    /**
     * The outcome of a command.
     *
     * @param label   what was done, for the undo menu ("move of Branch 1")
     * @param inverse the command that undoes it
     */
    record Applied(String label, Command inverse) {
    }
}
