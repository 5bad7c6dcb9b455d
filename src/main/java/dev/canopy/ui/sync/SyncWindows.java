package dev.canopy.ui.sync;

import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the main window does for sync: Sync now (or Connect… when no server is saved yet), the sync panel (one window,
 * brought to front when asked again) and the Connect dialog. Each is built from the window's services.
 */
public final class SyncWindows {

    /** The keys of Sync now, in every window that offers it. */
    public static final KeyCombination SYNC_NOW_KEYS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final SyncAccess sync;
    private final TaskExecutor tasks;
    private final Notices notices;
    private final Runnable reload;
    private final Supplier<String> localData;
    private final Clock clock;
    private final Supplier<Window> owner;
    private final SyncStatusViewModel status;
    private final SyncRunner runner;
    private Stage panelStage;
    private SyncPanelViewModel panelModel;

    /**
     * reload: what makes the window show the store again after sync changed it; localData: what a publish would
     * upload, in words.
     */
    public SyncWindows(SyncAccess sync, SyncStatusViewModel status, TaskExecutor tasks, Notices notices, Runnable reload,
                       Supplier<String> localData, Clock clock, Supplier<Window> owner) {
        this.sync = sync;
        this.status = status;
        this.tasks = tasks;
        this.notices = notices;
        this.reload = reload;
        this.localData = localData;
        this.clock = clock;
        this.owner = owner;
        this.runner = new SyncRunner(sync, tasks, notices, reload);
    }

    /** True when this app has a sync agent (else only "Local only" is shown and nothing offers to connect). */
    public boolean available() {
        return sync.agent() != null;
    }

    /** Syncs when a server is saved; offers to connect when none is; says why not when this app has no sync. */
    public void syncNow() {
        if (!available()) {
            notices.setNotice("Sync is not available in this app; your edits stay in this data folder.");
        } else if (status.isConnected()) {
            runner.syncNow(this::reloadPanel);
        } else {
            openConnect();
        }
    }

    public void openPanel() {
        if (panelStage != null) {
            panelStage.toFront();
            panelStage.requestFocus();
            return;
        }
        panelModel = new SyncPanelViewModel(sync, tasks, runner, reload, clock);
        SyncPanel panel = new SyncPanel(panelModel, this::openPreview, this::openConnect);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle("Sync");
        Scene scene = new Scene(panel);
        ThemeManager.style(scene);
        scene.getAccelerators().put(SYNC_NOW_KEYS, panelModel::syncNow);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            panelModel.dispose();
            panelModel = null;
            panelStage = null;
        });
        panelStage = stage;
        panelModel.reload();
        if (status.statusProperty().get() != null && status.statusProperty().get().conflicts() > 0) {
            panel.showConflicts();  // what the status bar pointed at
        }
        stage.show();
    }

    public void openConnect() {
        if (!available()) {
            return;
        }
        ConnectViewModel model = new ConnectViewModel(sync, tasks, localData.get(), () -> {
            reload.run();
            reloadPanel();
        });
        new ConnectDialog(panelStage != null ? panelStage : owner.get(), model).show();
    }

    private void openPreview() {
        PreviewViewModel model = new PreviewViewModel(sync, tasks, runner, () -> {
            reload.run();
            reloadPanel();
        });
        new PreviewDialog(panelStage != null ? panelStage : owner.get(), model).show();
        model.run();
    }

    private void reloadPanel() {
        if (panelModel != null) {
            panelModel.reload();
        }
    }

    public SyncRunner runner() {
        return runner;
    }

    public void dispose() {
        if (panelStage != null) {
            panelStage.hide();
        }
    }
}
