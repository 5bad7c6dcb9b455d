package dev.canopy.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs store and network work off the FX thread and hands results back on it. Work runs one job
 * at a time, in submission order, so edits apply in the order the technician made them.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any job is queued or running (the status bar shows it). */
    ReadOnlyBooleanProperty busyProperty();
}
