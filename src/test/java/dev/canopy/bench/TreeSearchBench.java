package dev.canopy.bench;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ThemeManager;
import dev.canopy.ui.tree.TenantActions;
import dev.canopy.ui.tree.TenantTreeView;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time per keystroke in the tree's search field over a real hierarchy, to the frame that shows it: filtering,
 * rebuilding the visible items, CSS, layout and the render pulse, as a technician's typing would.
 */
final class TreeSearchBench {

    private static boolean toolkitStarted;

    private TreeSearchBench() {
    }

    /** Milliseconds per keystroke, after warm-up. */
    static Measurement run(TenantHierarchy hierarchy, int warmup, int measured) throws Exception {
        startToolkit();
        TenantTreeView[] view = new TenantTreeView[1];
        onFx(() -> {
            ThemeManager.applyTheme();
            view[0] = new TenantTreeView(new ReadOnlyObjectWrapper<>(hierarchy).getReadOnlyProperty(),
                    new SimpleObjectProperty<>(hierarchy.root().map(TenantNode::id).orElse(null)), new NoActions());
            Scene scene = new Scene(view[0], 420, 760);
            ThemeManager.style(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        List<String> keystrokes = keystrokes(hierarchy, warmup + measured);
        List<Double> samples = new ArrayList<>();
        List<String> timed = new ArrayList<>();
        Executor renderThread = renderThread();
        for (int i = 0; i < keystrokes.size(); i++) {
            double ms = frame(view[0], keystrokes.get(i), renderThread);
            if (i >= warmup) {
                samples.add(ms);
                timed.add(keystrokes.get(i));
            }
        }
        printSlowest(samples, timed, 8);
        onFx(() -> view[0].getScene().getWindow().hide());
        return new Measurement(samples);
    }

    /**
     * One keystroke to its frame on screen: the text is set at the start of a pulse (from an AnimationTimer, as a key
     * event handled just before the frame; the idle wait for the pulse timer is not counted), and the time ends when
     * the render thread has drawn that pulse — the filter, the rebuilt items, CSS, layout, the scene graph's sync and
     * the render, which is what the technician sees.
     */
    private static double frame(TenantTreeView view, String text, Executor renderThread) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        long[] start = new long[1];
        AtomicLong end = new AtomicLong();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Scene scene = view.getScene();
                Runnable[] laidOut = new Runnable[1];
                // runs in this pulse after its CSS and layout; the pulse then hands its frame to the render thread,
                // and a task queued behind that frame runs when it is drawn
                laidOut[0] = () -> {
                    scene.removePostLayoutPulseListener(laidOut[0]);
                    Platform.runLater(() -> renderThread.execute(() -> {
                        end.set(System.nanoTime());
                        drawn.countDown();
                    }));
                };
                scene.addPostLayoutPulseListener(laidOut[0]);
                start[0] = System.nanoTime();
                view.searchField().setText(text);
            }
        }.start());
        if (!drawn.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("tree search: no frame was drawn after typing \"" + text + "\"");
        }
        return (end.get() - start[0]) / 1e6;
    }

    /**
     * JavaFX's render thread (Quantum's single-thread executor, which draws each pulse's frame in order). JavaFX has no
     * public "frame drawn" callback, so the bench queues a task behind the frame; on the class path the class is
     * reachable by reflection. Failing here fails the metric rather than measuring less.
     */
    private static Executor renderThread() {
        try {
            java.lang.reflect.Method instance = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer").getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            return (Executor) instance.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("tree search: cannot reach JavaFX's render thread to time the frame", e);
        }
    }

    /** The slowest keystrokes and what had been typed: where a MISS comes from. */
    private static void printSlowest(List<Double> samples, List<String> typed, int count) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(samples.get(b), samples.get(a)));
        StringBuilder line = new StringBuilder("# tree_search slowest keystrokes (to the drawn frame):");
        for (int i : order.subList(0, Math.min(count, order.size()))) {
            line.append(String.format(java.util.Locale.ROOT, " \"%s\"=%.1fms", typed.get(i), samples.get(i)));
        }
        System.out.println(line);
    }

    /** Typing the first letters of real tenant names, one keystroke at a time, clearing between words. */
    private static List<String> keystrokes(TenantHierarchy hierarchy, int count) {
        List<TenantNode> all = hierarchy.depthFirst();
        Random random = new Random(7);
        List<String> strokes = new ArrayList<>();
        while (strokes.size() < count) {
            String name = all.get(random.nextInt(all.size())).name();
            int length = Math.min(name.length(), 3 + random.nextInt(4));
            for (int i = 1; i <= length; i++) {
                strokes.add(name.substring(0, i));
            }
            strokes.add("");
        }
        return strokes.subList(0, count);
    }

    private static synchronized void startToolkit() throws InterruptedException {
        if (!toolkitStarted) {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
            toolkitStarted = true;
        }
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    /** The bench only types; nothing is edited. */
    private static final class NoActions implements TenantActions {
        @Override
        public void createUnder(UUID parentId) {
        }

        @Override
        public void rename(UUID tenantId, String newName) {
        }

        @Override
        public void delete(UUID tenantId) {
        }

        @Override
        public void move(UUID tenantId, UUID newParentId) {
        }

        @Override
        public void merge(UUID sourceId) {
        }

        @Override
        public void reassignComputers(java.util.List<UUID> computerIds, UUID tenantId) {
        }

        @Override
        public void explain(String reason) {
        }
    }
}
