package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.edit.TenantEditViewModel;
import dev.canopy.ui.tree.TenantTreeView;
import dev.canopy.ui.sync.SyncStatusViewModel;
import dev.canopy.ui.sync.SyncWindows;
import dev.canopy.ui.welcome.WelcomeView;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.UUID;

/**
 * The main window: menu and tool bar, the tenant tree on the left, the selected tenant's editor
 * tabs on the right, the status bar below. Shows "Opening…", the first-run welcome or a readable
 * failure until the store is ready.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel model;
    private final Stage stage;
    private final TreeActions actions;
    private final TenantTreeView treeView;
    private final TenantEditViewModel editModel;
    private final EditorTabs tabs;
    private final MainMenuBar menus;
    private final StackPane center = new StackPane();
    private final SplitPane workArea = new SplitPane();
    private final ChangeListener<UUID> onSelection;
    private final ChangeListener<MainViewModel.State> onState;
    private final StatusBar statusBar;
    private final SyncStatusViewModel syncStatus;
    private final SyncWindows syncWindows;
    private boolean restoringSelection;
    private final VBox previewNote = previewNote();
    /** The editor tabs' side: only the preview's note until the store is open (see {@link #showState}). */
    private final StackPane editorSide = new StackPane(previewNote);
    private Runnable openSettings = () -> { };
    private final PaletteOpener palette;
    private MenuBar menuBar;

    public MainWindow(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        getStyleClass().add("main-window");
        actions = new TreeActions(model, () -> stage);
        treeView = new TenantTreeView(model.hierarchyProperty(), model.selectedTenantProperty(), actions);
        actions.attach(treeView);
        editModel = new TenantEditViewModel(model, model, model.tasks(), model, model);

        tabs = new EditorTabs(model, editModel);
        workArea.getItems().addAll(treeView, editorSide);
        // while the tree is the snapshot's (PREVIEW): look and search only, no rename, drag or delete in it
        treeView.tree().editableProperty().bind(model.stateProperty().isEqualTo(MainViewModel.State.READY));
        workArea.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(treeView, false);

        Clock technicians = dev.canopy.ui.common.DisplayZone.clock();
        syncStatus = new SyncStatusViewModel(model.sync(), technicians);
        syncWindows = new SyncWindows(model.sync(), syncStatus, model.tasks(), model, model::reload, this::localData, technicians, () -> stage);
        palette = new PaletteOpener(model, stage, treeView, tabs, this::menuActions);
        menus = new MainMenuBar(model, stage, actions, treeView, syncWindows, palette, tabs, () -> openSettings.run());
        menuBar = menus.build();
        setTop(new VBox(menuBar, MainToolBar.build(model, actions, syncWindows)));
        setCenter(center);
        statusBar = new StatusBar(model, treeView.dragHintProperty(), syncStatus, syncWindows::openPanel);
        setBottom(statusBar);

        onSelection = (obs, old, now) -> selectionChanged(old, now);
        model.selectedTenantProperty().addListener(onSelection);
        onState = (obs, old, state) -> showState(state);
        model.stateProperty().addListener(onState);
        showState(model.stateProperty().get());
    }

    public TenantTreeView treeView() {
        return treeView;
    }

    /** The tree/editor split (its divider is part of the saved window state). */
    public SplitPane workArea() {
        return workArea;
    }

    public TabPane editorTabs() {
        return tabs.pane();
    }

    /** What Edit → Settings… opens (the app owns the settings). */
    public void onSettings(Runnable open) {
        this.openSettings = open;
    }

    /** Removes listeners from the models, which outlive nothing but are closed with the window. */
    public void dispose() {
        treeView.tree().editableProperty().unbind();
        model.selectedTenantProperty().removeListener(onSelection);
        model.stateProperty().removeListener(onState);
        treeView.dispose();
        statusBar.dispose();
        syncWindows.dispose();
        syncStatus.dispose();
        tabs.dispose();
        editModel.dispose();
    }

    /**
     * The work area stays in the scene from the start (hidden behind the other states), so the tree's styling and
     * layout are done while the store opens. The editor tabs and the menus' items are made and join it when the store
     * is open: the tabs read the database (until then they would show empty tables, which would be untrue), the menus
     * are off until then, and leaving both out of the first frame halves its work (the tree drawn from the snapshot is
     * what the technician sees first).
     */
    private void showState(MainViewModel.State state) {
        boolean previewing = state == MainViewModel.State.PREVIEW;
        workArea.setVisible(state == MainViewModel.State.READY || previewing);
        tabs.pane().setVisible(!previewing);
        previewNote.setVisible(previewing);
        if (state == MainViewModel.State.READY && !editorSide.getChildren().contains(tabs.pane())) {
            menus.fillItems();
            tabs.build();
            editorSide.getChildren().add(0, tabs.pane());
        }
        var overlay = switch (state) {
            case OPENING -> opening();
            case PREVIEW -> null;
            case LOCKED -> new UnlockView(model);
            case FAILED -> failed();
            case WELCOME -> new StackPane(new WelcomeView(model, syncWindows.available() ? syncWindows::openConnect : null));
            case READY -> null;
        };
        if (overlay == null) {
            center.getChildren().setAll(workArea);
        } else {
            overlay.getStyleClass().add("state-overlay");
            center.getChildren().setAll(workArea, overlay);
        }
        if (state == MainViewModel.State.READY) {
            editModel.load(model.selectedTenantProperty().get());
            Platform.runLater(() -> treeView.tree().requestFocus());
        }
    }

    private VBox opening() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label label = new Label("Opening " + model.folder() + "…");
        label.setId("openingLabel");
        VBox box = new VBox(14, spinner, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Words only: the status bar's spinner already says the database is opening (a second spinner is some fifteen nodes to style for the first frame). */
    private static VBox previewNote() {
        Label label = new Label("Opening the database… The selected tenant's details appear when it is open.");
        label.setWrapText(true);
        VBox box = new VBox(14, label);
        box.setId("previewNote");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setVisible(false);
        return box;
    }

    private VBox failed() {
        Label title = new Label("Canopy cannot open this data folder");
        title.getStyleClass().add("title-3");
        Label reason = new Label();
        reason.setId("openFailure");
        reason.textProperty().bind(model.failureProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(560);
        Button quit = new Button("Quit");
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(14, AppIcon.WARNING.view(), title, reason, quit);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }

    /** Leaving a tenant with unsaved edits asks first, so no edit is lost silently. */
    private void selectionChanged(UUID old, UUID now) {
        if (restoringSelection) {
            return;
        }
        if (editModel.isDirty()) {
            ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("_Discard", ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Save your changes to \"" + editModel.originalProperty().get().name() + "\"?",
                    save, discard, ButtonType.CANCEL);
            ask.initOwner(stage);
            ask.setHeaderText("Unsaved changes");
            ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == ButtonType.CANCEL) {
                restoringSelection = true;
                Platform.runLater(() -> {
                    model.selectedTenantProperty().set(old);
                    restoringSelection = false;
                });
                return;
            }
            if (answer == save) {
                editModel.save(() -> { });
            }
        }
        editModel.load(now);
    }

    /** The menu bar's actions, as the palette and the shortcut list show them. */
    private java.util.List<dev.canopy.ui.palette.PaletteAction> menuActions() {
        return dev.canopy.ui.palette.ActionCatalog.from(menuBar);
    }

    /** What publishing this folder would upload, in words (the Connect dialog's confirmation). */
    private String localData() {
        var h = model.hierarchyProperty().get();
        return String.format("the %,d tenants and %,d computers in this data folder, with their people, schedules, preferences and deployments",
                h.size(), h.totalComputers());
    }

}
