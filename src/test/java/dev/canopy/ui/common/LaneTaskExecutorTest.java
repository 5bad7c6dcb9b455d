package dev.canopy.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The executor's rules, with lanes whose work the test runs step by step. */
class LaneTaskExecutorTest {

    /** A lane that only runs its work when the test says so. */
    private static final class HeldLane implements Executor {
        private final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable work) {
            queued.add(work);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }

        void runNext() {
            queued.poll().run();
        }
    }

    private final HeldLane edits = new HeldLane();
    private final HeldLane loads = new HeldLane();
    private final HeldLane longWork = new HeldLane();
    private final LaneTaskExecutor executor = new LaneTaskExecutor(edits, loads, longWork, Runnable::run) {
    };
    private final List<String> seen = new ArrayList<>();

    @Test
    void onlyTheNewestLoadOfAKeyReachesTheViewAndAnOlderOneNotYetStartedIsSkipped() {
        List<String> ran = new ArrayList<>();
        executor.load("table", () -> { ran.add("first"); return "first"; }, seen::add, e -> seen.add("failed"));
        executor.load("table", () -> { ran.add("second"); return "second"; }, seen::add, e -> seen.add("failed"));
        executor.load("detail", () -> "detail", seen::add, e -> seen.add("failed"));
        loads.runAll();
        assertThat(ran).containsExactly("second");
        assertThat(seen).containsExactly("second", "detail");
        assertThat(executor.busyProperty().get()).isFalse();
    }

    @Test
    void aLoadThatFinishesAfterANewerOneStartedGoesNowhere() {
        HeldLane fxThread = new HeldLane();
        LaneTaskExecutor slowFx = new LaneTaskExecutor(edits, loads, longWork, fxThread::execute) {
        };
        slowFx.load("table", () -> "old", seen::add, e -> { });
        loads.runNext();  // the old read finished; its result waits for the FX thread
        slowFx.load("table", () -> "new", seen::add, e -> { });
        loads.runAll();
        fxThread.runAll();
        assertThat(seen).containsExactly("new");
        assertThat(slowFx.busyProperty().get()).isFalse();
    }

    @Test
    void droppingALoadKeepsItsResultFromTheClearedView() {
        executor.load("table", () -> "stale", seen::add, e -> { });
        executor.dropLoad("table");
        loads.runAll();
        assertThat(seen).isEmpty();
        assertThat(executor.busyProperty().get()).isFalse();
    }

    @Test
    void editsRunInTheOrderTheyWereMadeWhileLongWorkHoldsItsOwnLane() {
        executor.start(BackgroundTask.of("Import", progress -> "imported"), seen::add, e -> { }, () -> { });
        executor.edit(() -> "rename", seen::add, e -> { });
        executor.edit(() -> "move", seen::add, e -> { });
        edits.runAll();
        assertThat(seen).containsExactly("rename", "move");
        assertThat(executor.runningTasks()).extracting(RunningTask::title).containsExactly("Import");
        longWork.runAll();
        assertThat(seen).containsExactly("rename", "move", "imported");
        assertThat(executor.runningTasks()).isEmpty();
    }

    @Test
    void aFailedEditReportsItsErrorAndTheNextEditStillRuns() {
        executor.<String>edit(() -> { throw new IllegalStateException("name taken"); }, seen::add, e -> seen.add("refused: " + e.getMessage()));
        executor.edit(() -> "next", seen::add, e -> { });
        edits.runAll();
        assertThat(seen).containsExactly("refused: name taken", "next");
    }

    @Test
    void longWorkShowsItsProgressAndEndsAsCancelledAtItsNextSafePoint() {
        List<Integer> rows = new ArrayList<>();
        RunningTask[] handle = new RunningTask[1];
        handle[0] = executor.start(BackgroundTask.of("Sample data", progress -> {
            for (int i = 1; i <= 4; i++) {
                progress.update(i / 4.0, "row " + i);
                if (i == 2) {
                    handle[0].cancel();  // the technician presses Cancel while row 2 is being made
                }
                progress.throwIfCancelled();
                rows.add(i);
            }
            return "finished";
        }), seen::add, e -> seen.add("failed"), () -> seen.add("cancelled"));
        assertThat(handle[0].lineProperty().get()).isEqualTo("Waiting…");
        longWork.runAll();
        assertThat(rows).containsExactly(1);
        assertThat(seen).containsExactly("cancelled");
        assertThat(handle[0].fractionProperty().get()).isEqualTo(0.5);
        assertThat(handle[0].lineProperty().get()).isEqualTo("Cancelling…");
        assertThat(executor.runningTasks()).isEmpty();
    }

    @Test
    void longWorkThatFailsReportsItsErrorNotCancel() {
        executor.start(BackgroundTask.<String>of("Import", progress -> {
            progress.update(0.1, "line 1");
            throw new IllegalArgumentException("line 2: no name");
        }), seen::add, e -> seen.add("failed: " + e.getMessage()), () -> seen.add("cancelled"));
        longWork.runAll();
        assertThat(seen).containsExactly("failed: line 2: no name");
    }
}
