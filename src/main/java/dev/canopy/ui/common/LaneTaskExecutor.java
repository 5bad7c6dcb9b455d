package dev.canopy.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The task executor over three lanes (see {@link TaskExecutor}); which threads the lanes run on,
 * and how results reach the FX thread, is given by {@link FxTaskExecutor} or
 * {@link ImmediateTaskExecutor}, so tests exercise the same rules the app runs.
 */
public class LaneTaskExecutor implements TaskExecutor {

    private final Executor edits;
    private final Executor loads;
    private final Executor longWork;
    private final Consumer<Runnable> fxThread;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);
    /** Per key, the generation of the newest load; generations are unique, so a stale one never matches. */
    private final Map<Object, Long> newestLoad = new ConcurrentHashMap<>();
    private final AtomicLong generations = new AtomicLong();
    private int pending;

    protected LaneTaskExecutor(Executor edits, Executor loads, Executor longWork, Consumer<Runnable> fxThread) {
        this.edits = edits;
        this.loads = loads;
        this.longWork = longWork;
        this.fxThread = fxThread;
    }

    @Override
    public <T> void edit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        begin();
        edits.execute(() -> deliver(call(work), onSuccess, onFailure, () -> true));
    }

    @Override
    public <T> void load(Object key, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long generation = generations.incrementAndGet();
        newestLoad.put(key, generation);
        begin();
        loads.execute(() -> {
            if (!isNewest(key, generation)) {
                fxThread.accept(this::end);  // superseded before it started: skip the read
                return;
            }
            deliver(call(work), onSuccess, onFailure, () -> {
                boolean newest = isNewest(key, generation);
                if (newest) {
                    newestLoad.remove(key, generation);
                }
                return newest;
            });
        });
    }

    @Override
    public void dropLoad(Object key) {
        newestLoad.remove(key);
    }

    private boolean isNewest(Object key, long generation) {
        Long newest = newestLoad.get(key);
        return newest != null && newest == generation;
    }

    @Override
    public <T> RunningTask start(BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {
        RunningTask handle = new RunningTask(task.title(), fxThread);
        running.add(handle);
        begin();
        longWork.execute(() -> {
            Outcome<T> outcome = call(() -> task.work().run(handle.progress()));
            fxThread.accept(() -> {
                try {
                    running.remove(handle);
                    if (handle.isCancelled() || outcome.error() instanceof TaskCancelledException) {
                        onCancelled.run();
                    } else if (outcome.error() != null) {
                        onFailure.accept(outcome.error());
                    } else {
                        onSuccess.accept(outcome.value());
                    }
                } finally {
                    end();
                }
            });
        });
        return handle;
    }

    private record Outcome<T>(T value, Throwable error) {
    }

    private static <T> Outcome<T> call(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Throwable e) {
            return new Outcome<>(null, e);
        }
    }

    private interface Check {
        boolean stillWanted();
    }

    private <T> void deliver(Outcome<T> outcome, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Check wanted) {
        fxThread.accept(() -> {
            try {
                if (!wanted.stillWanted()) {
                    return;
                }
                if (outcome.error() != null) {
                    onFailure.accept(outcome.error());
                } else {
                    onSuccess.accept(outcome.value());
                }
            } finally {
                end();
            }
        });
    }

    private void begin() {
        pending++;
        busy.set(true);
    }

    private void end() {
        pending--;
        busy.set(pending > 0);
    }

    @Override
    public ObservableList<RunningTask> runningTasks() {
        return runningView;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
