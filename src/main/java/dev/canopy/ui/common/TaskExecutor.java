package dev.canopy.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the window's store and network work runs. Three lanes, so nothing the technician does
 * waits behind something slow:
 * <ul>
 *   <li>{@link #edit}: the technician's edits, one at a time in the order they were made;</li>
 *   <li>{@link #load}: quick reads for a view, keyed so that only the newest request per key
 *       reaches the view ("latest wins"); an older one not yet started is skipped;</li>
 *   <li>{@link #start}: long work with a title, progress and cancel, listed in {@link #runningTasks()}.</li>
 * </ul>
 * Callbacks run on the FX thread (on the calling thread in {@link ImmediateTaskExecutor}). Submit
 * from the FX thread.
 */
public interface TaskExecutor {

    <T> void edit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Reads for a view; a later call with an equal key makes this one's result go nowhere. */
    <T> void load(Object key, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Makes any load with this key that has not reached the view go nowhere (the view was cleared). */
    void dropLoad(Object key);

    /**
     * Long work. {@code onSuccess} gets its result; {@code onFailure} its error; a task that was
     * cancelled (and stopped through {@link TaskProgress#throwIfCancelled()}, or returned after
     * cancel) calls {@code onCancelled} instead.
     */
    <T> RunningTask start(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled);

    /** The long tasks that are waiting or running, oldest first (the status bar lists them). */
    ObservableList<RunningTask> runningTasks();

    /** True while any work of any lane is queued or running. */
    ReadOnlyBooleanProperty busyProperty();
}
