package dev.canopy.ui;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.DataFolderLocator;
import dev.canopy.store.TreeSnapshot;
import dev.canopy.sync.client.SyncEngine;
import dev.canopy.ui.common.ColumnLayouts;
import dev.canopy.ui.common.FxTaskExecutor;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.StartupTrace;
import dev.canopy.ui.common.ThemeManager;
import dev.canopy.ui.common.UncaughtErrorHandler;
import dev.canopy.ui.common.WindowIcons;
import dev.canopy.ui.export.OpenExportDialog;
import dev.canopy.ui.instance.InstanceListener;
import dev.canopy.ui.instance.InstanceMessage;
import dev.canopy.ui.export.OpenExportViewModel;
import dev.canopy.ui.main.MainViewModel;
import dev.canopy.ui.main.MainWindow;
import dev.canopy.ui.main.OpenedStore;
import dev.canopy.ui.settings.AppSettings;
import dev.canopy.ui.settings.WindowStateKeeper;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The desktop app. The window appears at once; the store opens in the background. The data
 * folder comes from system property canopy.home (set by the launcher's --data-dir), else the
 * environment and OS convention.
 */
public final class CanopyApp extends Application {

    /** System property the launcher sets to a Canopy export the app was started on (a double-clicked .canopy file). */
    public static final String OPEN_EXPORT = "canopy.openExport";

    private static volatile Preopened preopened;

    /** firstFrame: counted down once the window is shown, which the store's opening waits for when a snapshot was read. */
    private record Preopened(Path folder, CompletableFuture<Optional<TenantHierarchy>> snapshot, CompletableFuture<OpenedStore> store,
                             CountDownLatch firstFrame) {
    }

    /** The longest the store's opening waits for the first frame (a window that never shows must not stop it). */
    private static final long FIRST_FRAME_WAIT_MS = 3_000;

    /**
     * Starts reading the last run's tree and opening the store before the JavaFX toolkit is up (the launcher calls this);
     * the window then takes both from here instead of reading them again. When there is a tree to show, the store
     * opens once the window is shown: on two cores, opening H2 beside the window's first styling and layout made the
     * first frame wait about a second longer, while the tree it shows needs no database.
     */
    public static void preopen(Path folder) {
        CompletableFuture<Optional<TenantHierarchy>> snapshot = new CompletableFuture<>();
        CompletableFuture<OpenedStore> store = new CompletableFuture<>();
        CountDownLatch firstFrame = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            // first the last run's tree (a few milliseconds, no database class loaded), so the window can show it at once
            Optional<TenantHierarchy> tree = TreeSnapshot.read(folder);
            snapshot.complete(tree);
            StartupTrace.mark("snapshot-read");
            try {
                if (tree.isPresent()) {
                    firstFrame.await(FIRST_FRAME_WAIT_MS, TimeUnit.MILLISECONDS);
                }
                store.complete(OpenedStore.open(folder));
                StartupTrace.mark("store-and-tree-read");
            } catch (Throwable e) {
                store.completeExceptionally(e);
            }
        }, "canopy-preopen");
        thread.setDaemon(true);
        thread.start();
        preopened = new Preopened(folder, snapshot, store, firstFrame);
    }

    /**
     * Where the window takes the tree it shows while the store opens: the one the launcher's thread read for this folder
     * when that read is done (it usually is by now: a few milliseconds), else a read on the load lane.
     */
    private static void preview(MainViewModel model, Path folder, Preopened early) {
        if (early == null || !early.folder().equals(folder)) {
            model.previewFrom(() -> TreeSnapshot.read(folder));
        } else if (early.snapshot().isDone()) {
            model.previewOf(early.snapshot().join());
        } else {
            model.previewFrom(() -> early.snapshot().join());
        }
    }

    private static Function<Path, OpenedStore> opener(Path folder) {
        Preopened early = preopened;
        preopened = null;
        if (early == null || !early.folder().equals(folder)) {
            return OpenedStore::open;
        }
        return f -> {
            try {
                return early.store().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        };
    }

    private FxTaskExecutor runner;
    private MainViewModel model;
    private MainWindow window;
    private AppSettings settings;
    private WindowStateKeeper windowState;
    private Stage stage;
    private InstanceListener secondStarts;
    private boolean stopped;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupTrace.mark("toolkit");
        AppIcon.warmUp();  // the icon pack's font, read beside the settings and theme below
        settings = AppSettings.forThisUser();  // one small file, read before the first window so it opens in its look
        settings.apply(settings.current());
        UncaughtErrorHandler.install(stage);  // logs what no code caught, on any thread, and says so in a dialog
        ColumnLayouts.useShared(new ColumnLayouts(settings.files().loadColumns()));
        String chosen = settings.current().dataFolder();
        Path folder = DataFolderLocator.forThisMachine().locate(null, chosen == null ? null : Path.of(chosen));
        runner = new FxTaskExecutor();
        Preopened early = preopened;  // opener(folder) below takes it
        model = new MainViewModel(folder, runner, opener(folder), dev.canopy.ui.sync.SyncLink.of(store -> {
            SyncEngine engine = SyncEngine.overHttp(store, DataFolderLocator.forThisMachine().configFolder());
            // the interval follows Settings from here on (handed over on the FX thread, where Settings change)
            Platform.runLater(() -> settings.onAutoSync(engine::backgroundEvery));
            return engine.inBackground(settings.current().autoSync());
        }));
        model.makeDailyBackups(true);
        preview(model, folder, early);
        window = new MainWindow(model, stage);
        window.onSettings(() -> settings.openDialog(stage, folder, model.tasks(),
                new dev.canopy.ui.settings.EncryptionViewModel(model::encrypted, model::changeEncryption, Platform::runLater)));
        StartupTrace.mark("window-built");
        Scene scene = new Scene(window, 1240, 780);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setTitle("Canopy — " + folder);
        WindowIcons.apply(stage);
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        windowState = new WindowStateKeeper(stage, window.workArea(), window.editorTabs(), model.selectedTenantProperty());
        windowState.restore(settings.files().loadWindow());
        if (Boolean.getBoolean("canopy.exitWhenReady")) {
            exitWhenReady();
        }
        // before the first show: the snapshot's tree (read already on the preopen thread) comes back on the FX thread
        // ahead of the first pulse, so the first frame's layout already holds it
        model.open();
        stage.show();
        StartupTrace.mark("window-shown");
        if (early != null) {
            early.firstFrame().countDown();  // the store's opening may start now (see preopen)
        }
        String export = System.getProperty(OPEN_EXPORT);
        if (export != null) {
            System.clearProperty(OPEN_EXPORT);  // offered once, not again by a later window of this JVM
            offerExport(Path.of(export));
        }
        listenForSecondStarts(folder);
    }

    /** The prompt to restore an export, once the store is open. */
    private void offerExport(Path export) {
        OpenExportDialog.whenStoreOpen(stage, model.editsReadyProperty(), new OpenExportViewModel(export, model, model.tasks(), model::reload));
    }

    /**
     * Once this window holds the folder's lock (the store opened), a second start on the folder hands its request over
     * (see {@link InstanceListener}) instead of failing on the lock: the window comes to front, and offers its file.
     */
    private void listenForSecondStarts(Path folder) {
        javafx.beans.value.ChangeListener<MainViewModel.State> opened = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends MainViewModel.State> obs, MainViewModel.State old, MainViewModel.State state) {
                if (state != MainViewModel.State.READY && state != MainViewModel.State.WELCOME) {
                    return;
                }
                model.stateProperty().removeListener(this);
                // the socket and its file beside the lock are made off the FX thread (the file is a disk write)
                java.util.concurrent.CompletableFuture.supplyAsync(() -> listen(folder))
                        .thenAccept(listener -> Platform.runLater(() -> keep(listener)));
            }
        };
        model.stateProperty().addListener(opened);
        opened.changed(model.stateProperty(), null, model.stateProperty().get());
    }

    private InstanceListener listen(Path folder) {
        try {
            return InstanceListener.start(folder, message -> Platform.runLater(() -> handOver(message)));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(CanopyApp.class).warn("A second start on {} will not reach this window: {}", folder, e.getMessage());
            return null;
        }
    }

    /** Keeps the listener for {@link #stop}; one that came up after the app stopped is closed at once. */
    private void keep(InstanceListener listener) {
        if (listener != null && stopped) {
            listener.close();
        } else {
            secondStarts = listener;
        }
    }

    private void handOver(InstanceMessage message) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        if (message.kind() == InstanceMessage.Kind.OPEN) {
            offerExport(message.file());
        }
    }

    /**
     * For the bench: report the time from JVM start to the first frame with the tenant tree (the snapshot's, to look
     * at and search, or the store's when there was no snapshot) and to the window ready for edits, then exit. Only a
     * store that opened (READY) with tenants in its tree counts: any other end of opening (FAILED, WELCOME) is reported
     * as not ready and exits with status 1, so a store that failed to open never passes as a fast start; "snapshot="
     * says whether the first frame's tree was the store's (fresh), had to be corrected, or there was none.
     */
    private void exitWhenReady() {
        boolean[] reported = new boolean[1];
        long[] firstFrameMs = {-1};
        boolean[] previewed = new boolean[1];
        model.stateProperty().addListener((obs, old, state) -> {
            if (state == MainViewModel.State.PREVIEW) {
                previewed[0] = true;
                // two turns of the event loop, as the hello world measures its window: the snapshot's tree laid out and shown
                Platform.runLater(() -> Platform.runLater(() -> {
                    firstFrameMs[0] = StartupTrace.sinceJvmStart();
                    StartupTrace.mark("first-frame-from-snapshot");
                }));
                return;
            }
            if (state == MainViewModel.State.OPENING || reported[0]) {
                return;
            }
            reported[0] = true;
            int tenants = model.hierarchyProperty().get().size();
            if (state != MainViewModel.State.READY || tenants == 0) {
                System.out.println("not-ready state=" + state + " tenants=" + tenants + " failure=" + model.failureProperty().get());
                System.exit(1);
            }
            Platform.runLater(() -> Platform.runLater(() -> {
                long ms = StartupTrace.sinceJvmStart();
                System.out.println("ready-ms=" + ms + " state=" + state + " tenants=" + tenants);
                // a preview frame not drawn yet when the store's tree arrived: the first frame is this one
                System.out.println("first-frame-ms=" + (firstFrameMs[0] >= 0 ? firstFrameMs[0] : ms));
                System.out.println("snapshot=" + (model.previewWasCorrected() ? "corrected" : previewed[0] ? "fresh" : "none"));
                System.out.println("phases=" + StartupTrace.summary());
                if (Boolean.getBoolean("canopy.reportHeap")) {
                    System.gc();
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    System.out.println("heap-mb=" + used / (1024 * 1024));
                }
                Platform.exit();
            }));
        });
    }

    /** The window as it was left, for the next start; a failure to write it only costs that. */
    private void saveWindowState() {
        try {
            settings.files().saveWindow(windowState.capture());
            settings.files().saveColumns(ColumnLayouts.shared().snapshot());
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(CanopyApp.class).warn("The window's size and place were not saved: {}", e.getMessage());
        }
        windowState.dispose();
    }

    public MainViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        stopped = true;
        if (secondStarts != null) {
            secondStarts.close();
        }
        if (windowState != null) {
            saveWindowState();
        }
        if (settings != null) {
            settings.dispose();
        }
        if (window != null) {
            window.dispose();
        }
        if (model != null) {
            // queued behind any running command, so a write in progress finishes before the database closes
            model.close(() -> { });
        }
        if (runner != null) {
            runner.close();
        }
    }
}
