package dev.canopy.ui.common;

/** Thrown by work that stopped because its task was cancelled; the task then ends as cancelled, not failed. */
public final class TaskCancelledException extends RuntimeException {

    public TaskCancelledException() {
        super("Cancelled", null, false, false);
    }
}
