package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.sync.SyncStatusText;
import dev.canopy.ui.sync.SyncStatusViewModel;
import javafx.scene.Cursor;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: sync state, what just happened (or why it could not), long work with cancel, counts, busy, data folder. */
final class StatusBar extends HBox {

    private final TaskStatus longWork;
    private final javafx.beans.value.ObservableValue<SyncStatusText.Line> syncLine;
    private final javafx.beans.value.ChangeListener<SyncStatusText.Line> syncListener;

    StatusBar(MainViewModel model, ObservableStringValue dragHint, SyncStatusViewModel syncStatus, Runnable openSyncPanel) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        setPadding(new Insets(4, 10, 4, 10));

        Label sync = new Label();
        sync.setId("syncStatus");
        Tooltip syncTip = new Tooltip();
        syncTip.setWrapText(true);
        syncTip.setMaxWidth(420);
        sync.setTooltip(syncTip);
        showSync(sync, syncTip, syncStatus.lineProperty().get());
        syncLine = syncStatus.lineProperty();
        syncListener = (obs, old, line) -> showSync(sync, syncTip, line);
        syncLine.addListener(syncListener);
        sync.setCursor(Cursor.HAND);
        sync.setOnMouseClicked(e -> openSyncPanel.run());

        Label notice = new Label();
        notice.setId("statusNotice");
        notice.textProperty().bind(Bindings.createStringBinding(
                () -> dragHint.get().isEmpty() ? model.noticeProperty().get() : dragHint.get(), dragHint, model.noticeProperty()));
        notice.setMinWidth(0);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label counts = new Label();
        counts.setId("countsLabel");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            var h = model.hierarchyProperty().get();
            return h.size() == 0 ? "" : String.format("%,d tenants · %,d computers", h.size(), h.totalComputers());
        }, model.hierarchyProperty()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.tasks().busyProperty());

        Label folder = new Label(model.folder().toString(), AppIcon.DATA_FOLDER.view());
        folder.setId("dataFolderLabel");
        folder.setTooltip(new Tooltip("Data folder: " + model.folder()));
        folder.setMaxWidth(320);

        longWork = new TaskStatus(model.tasks().runningTasks());

        getChildren().addAll(sync, notice, spacer, longWork, busy, counts, folder);
    }

    private static void showSync(Label label, Tooltip tip, SyncStatusText.Line line) {
        label.setText(line.text());
        label.setGraphic(line.icon().view());
        tip.setText(line.tooltip() + "\nClick for the sync panel.");
        label.getStyleClass().removeAll(TONES);
        if (!line.tone().isEmpty()) {
            label.getStyleClass().add(line.tone());
        }
    }

    private static final List<String> TONES = List.of("success", "warning", "danger");

    void dispose() {
        syncLine.removeListener(syncListener);
        longWork.dispose();
    }
}
