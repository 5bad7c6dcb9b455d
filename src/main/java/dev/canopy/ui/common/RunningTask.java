package dev.canopy.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/**
 * A long task as the window sees it: title, progress and current line as properties that change on
 * the FX thread, and cancel. The worker reports through {@link #progress()}, from its own thread.
 */
public final class RunningTask {

    private final String title;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final Consumer<Runnable> fxThread;
    private volatile boolean cancelled;
    private volatile boolean updateQueued;
    private volatile double latestFraction = -1;
    private volatile String latestLine = "";

    RunningTask(String title, Consumer<Runnable> fxThread) {
        this.title = title;
        this.fxThread = fxThread;
        this.line.set("Waiting…");
    }

    public String title() {
        return title;
    }

    /** 0..1, or negative while the work cannot say how far it is. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** Asks the work to stop at its next safe point; what it wrote in an unfinished transaction is rolled back. */
    public void cancel() {
        cancelled = true;
        latestLine = "Cancelling…";
        publish();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** The worker's side. Updates are coalesced: a task that reports per row costs one FX event per frame at most. */
    TaskProgress progress() {
        return new TaskProgress() {
            @Override
            public void update(double value, String text) {
                latestFraction = value;
                if (!cancelled && text != null) {
                    latestLine = text;
                }
                publish();
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private void publish() {
        if (updateQueued) {
            return;
        }
        updateQueued = true;
        fxThread.accept(() -> {
            updateQueued = false;
            fraction.set(latestFraction);
            line.set(latestLine);
        });
    }
}
