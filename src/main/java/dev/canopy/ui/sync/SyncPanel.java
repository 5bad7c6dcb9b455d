package dev.canopy.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sync panel: the state in words, the server and last sync, Sync now / Preview… / Connect… or Disconnect; tabs
 * for the pending edits (each can be dropped), the conflicts and the log of recent syncs.
 */
public final class SyncPanel extends BorderPane {

    private final SyncPanelViewModel model;

    /** preview and connect open their dialogs (the window that owns the panel knows how). */
    public SyncPanel(SyncPanelViewModel model, Runnable preview, Runnable connect) {
        this.model = model;
        setId("syncPanel");
        setPadding(new Insets(12));
        setPrefSize(760, 560);

        Label state = new Label();
        state.setId("syncPanelStatus");
        state.getStyleClass().add("title-4");
        state.textProperty().bind(Bindings.createStringBinding(() -> model.lineProperty().get().text(), model.lineProperty()));
        state.graphicProperty().bind(Bindings.createObjectBinding(() -> model.lineProperty().get().icon().view(), model.lineProperty()));
        Label explained = new Label();
        explained.setId("syncPanelExplained");
        explained.getStyleClass().add("field-hint");
        explained.setWrapText(true);
        explained.textProperty().bind(Bindings.createStringBinding(() -> model.lineProperty().get().tooltip(), model.lineProperty()));
        explained.setMinHeight(Region.USE_PREF_SIZE);

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        facts.addRow(0, fieldLabel("Server"), bound("syncServer", model.serverProperty()));
        facts.addRow(1, fieldLabel("Last sync"), bound("syncLastSync", model.lastSyncProperty()));

        Button syncNow = new Button("_Sync now", SyncIcon.SYNCING.view());
        syncNow.setId("panelSyncNowButton");
        syncNow.getStyleClass().add("accent");
        syncNow.setOnAction(e -> model.syncNow());
        Button previewButton = new Button("_Preview…");
        previewButton.setId("previewButton");
        previewButton.setOnAction(e -> preview.run());
        Button connectButton = new Button("_Connect…");
        connectButton.setId("connectButton");
        connectButton.setOnAction(e -> connect.run());
        Button disconnect = new Button("_Disconnect");
        disconnect.setId("disconnectButton");
        disconnect.setOnAction(e -> askDisconnect());
        boolean available = model.isAvailable();
        syncNow.disableProperty().bind(model.connectedProperty().not().or(model.syncingProperty()));
        previewButton.disableProperty().bind(model.connectedProperty().not().or(Bindings.isEmpty(model.pending())));
        connectButton.visibleProperty().bind(model.connectedProperty().not());
        connectButton.managedProperty().bind(connectButton.visibleProperty());
        connectButton.setDisable(!available);
        disconnect.visibleProperty().bind(model.connectedProperty());
        disconnect.managedProperty().bind(disconnect.visibleProperty());
        HBox buttons = new HBox(8, syncNow, previewButton, connectButton, disconnect);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(8, state, explained, facts, buttons);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        Tab pendingTab = new Tab();
        pendingTab.setId("pendingTab");
        pendingTab.textProperty().bind(Bindings.size(model.pending()).asString("Pending edits (%d)"));
        pendingTab.setContent(pendingList());
        Tab conflictsTab = new Tab();
        conflictsTab.setId("conflictsTab");
        conflictsTab.textProperty().bind(Bindings.size(model.conflicts().rows()).asString("Conflicts (%d)"));
        conflictsTab.setContent(new ConflictsView(model.conflicts()));
        Tab logTab = new Tab("Recent syncs", logList());
        logTab.setId("syncLogTab");
        TabPane tabs = new TabPane(pendingTab, conflictsTab, logTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        Label message = new Label();
        message.setId("syncPanelMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(8, 0, 0, 0));
        setBottom(message);
    }

    /** Shows the conflicts tab (the status bar said there are conflicts). */
    public void showConflicts() {
        if (getCenter() instanceof TabPane tabs) {
            tabs.getSelectionModel().select(1);
        }
    }

    private ListView<PendingRow> pendingList() {
        ListView<PendingRow> list = new ListView<>(model.pending());
        list.setId("pendingList");
        list.setPlaceholder(new Label("No edits are waiting to be sent."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PendingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label what = new Label(row.what());
                what.setWrapText(true);
                what.setMaxWidth(480);
                Label when = new Label(row.when());
                when.getStyleClass().add("text-muted");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button drop = new Button("Drop");
                drop.setId("drop-" + row.id());
                drop.getStyleClass().addAll("small", "flat");
                drop.setOnAction(e -> askDrop(row));
                HBox line = new HBox(10, what, gap, when, drop);
                line.setAlignment(Pos.CENTER_LEFT);
                setGraphic(line);
            }
        });
        return list;
    }

    private ListView<LogRow> logList() {
        ListView<LogRow> list = new ListView<>(model.log());
        list.setId("syncLog");
        list.setPlaceholder(new Label("No sync has run yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LogRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.when() + " — " + row.outcome());
                setGraphic((row.ok() ? SyncIcon.SYNCED : SyncIcon.FAILED).view());
            }
        });
        return list;
    }

    private void askDrop(PendingRow row) {
        if (SyncConfirm.drop(getScene().getWindow(), row.what())) {
            model.drop(row);
        }
    }

    private void askDisconnect() {
        if (SyncConfirm.ask(getScene().getWindow(), "disconnectDialog", "Disconnect from the sync server?",
                "Forget the server? Your data and any pending edits stay in this folder; Canopy works Local only until you connect again.",
                "Disconnect")) {
            model.disconnect();
        }
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label bound(String id, javafx.beans.value.ObservableStringValue value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(value);
        return label;
    }
}
