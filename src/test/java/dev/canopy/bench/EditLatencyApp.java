package dev.canopy.bench;

import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.CanopyApp;
import dev.canopy.ui.common.StartupTrace;
import dev.canopy.ui.main.MainViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The edit-latency run in a fresh JVM: starts the real app as the launcher does, then moves one
 * tenant back and forth between two clients through the path a drag in the tree takes
 * (MainViewModel.execute, then the selection follows the moved tenant), timing each from request to
 * the refreshed hierarchy being on screen. The first edit is requested a human's reaction after the
 * tree is filled; the rest at a technician's pace.
 */
public final class EditLatencyApp extends Application {

    private static Path folder;
    private static long firstEditDelayMs;
    private static int edits;

    private final CanopyApp canopy = new CanopyApp();
    private final List<Double> times = new ArrayList<>();
    private MainViewModel model;
    private UUID moving;
    private UUID home;
    private UUID away;

    /** The launcher (a main class that extends Application cannot start from a plain class path). */
    public static final class Launcher {
        /** Arguments: data folder, delay of the first edit after the tree is filled (ms), number of edits. */
        public static void main(String[] args) {
            StartupTrace.mark("launcher");
            folder = Path.of(args[0]);
            firstEditDelayMs = Long.parseLong(args[1]);
            edits = Integer.parseInt(args[2]);
            System.setProperty("canopy.home", folder.toString());
            CanopyApp.preopen(folder);
            Application.launch(EditLatencyApp.class);
        }
    }

    @Override
    public void start(Stage stage) {
        canopy.start(stage);
        model = canopy.model();
        model.stateProperty().addListener((obs, old, state) -> {
            if (state == MainViewModel.State.READY && moving == null) {
                pickTenants(model.hierarchy());
                after(firstEditDelayMs, this::nextEdit);
            } else if (state != MainViewModel.State.READY) {
                fail("the store did not open: " + state + " " + model.failureProperty().get());
            }
        });
    }

    /** A leaf sub-tenant of one client, and another client to move it to. */
    private void pickTenants(TenantHierarchy hierarchy) {
        UUID root = hierarchy.root().orElseThrow().id();
        List<TenantNode> clients = hierarchy.children(root).stream().filter(c -> c.kind() == TenantKind.CLIENT).toList();
        for (TenantNode client : clients) {
            for (TenantNode sub : hierarchy.children(client.id())) {
                if (hierarchy.children(sub.id()).isEmpty()) {
                    moving = sub.id();
                    home = client.id();
                    away = clients.stream().filter(c -> !c.id().equals(client.id())).findFirst().orElseThrow().id();
                    return;
                }
            }
        }
        fail("no leaf sub-tenant to move");
    }

    private void nextEdit() {
        if (times.size() == edits) {
            report();
            return;
        }
        UUID target = times.size() % 2 == 0 ? away : home;
        long requested = System.nanoTime();
        model.execute(new UpdateTenant(moving, TenantChanges.move(target)), applied -> {
            double ms = (System.nanoTime() - requested) / 1e6;
            if (!target.equals(model.hierarchy().node(moving).map(TenantNode::parentId).orElse(null))) {
                fail("the refreshed hierarchy does not show the move");
            }
            times.add(ms);
            model.selectedTenantProperty().set(moving);  // as the tree's drop does: the moved tenant's editors reload
            after(150, this::nextEdit);
        }, error -> fail("the move was refused: " + error.getMessage()));
    }

    private void report() {
        System.out.println("first-edit-ms=" + times.get(0));
        System.out.println("warm-edit-ms=" + times.subList(1, times.size()).stream().map(String::valueOf).collect(Collectors.joining(",")));
        System.out.println("phases=" + StartupTrace.summary());
        Platform.exit();
    }

    private static void after(long ms, Runnable then) {
        PauseTransition pause = new PauseTransition(Duration.millis(Math.max(1, ms)));
        pause.setOnFinished(e -> then.run());
        pause.play();
    }

    private static void fail(String reason) {
        System.out.println("edit-latency-failed: " + reason);
        System.exit(1);
    }

    @Override
    public void stop() {
        canopy.stop();
    }
}
