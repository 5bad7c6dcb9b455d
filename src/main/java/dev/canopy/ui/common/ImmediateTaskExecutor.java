package dev.canopy.ui.common;

/**
 * Runs every lane's work on the calling thread and calls back at once: for view-model tests,
 * which then need no waiting. The lanes' rules (latest wins, cancel, outcomes) are the app's own.
 */
public final class ImmediateTaskExecutor extends LaneTaskExecutor {

    public ImmediateTaskExecutor() {
        super(Runnable::run, Runnable::run, Runnable::run, Runnable::run);
    }
}
