package dev.canopy.ui.common;

import java.util.Objects;

/**
 * Long work with a title (what the status bar shows), progress and cancel: sample generation,
 * sync, import, export, reports. It runs on the long-work lane, never in front of the
 * technician's edits.
 */
public record BackgroundTask<T>(String title, Work<T> work) {

    /** The work itself; it reports progress and checks for cancel through {@code progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskProgress progress) throws Exception;
    }

    public BackgroundTask {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }
}
