package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.ComputerStatus;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.TableLayoutKeeper;
import dev.canopy.ui.common.TenantContext;
import dev.canopy.ui.tree.TenantDrag;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Computers tab's page: the selected tenant's computers (optionally its sub-tenants'), sortable,
 * filterable, multi-select; drag the selection onto a tenant in the tree, or use "Reassign…", to
 * move them after a what-if preview. A detail pane shows the selected computer.
 */
public final class ComputersView extends VBox {

    private static final KeyCombination REASSIGN_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final ComputersViewModel model;
    private final TenantContext tenants;
    private final ReassignFlow reassign;
    private final TableView<Computer> table = new TableView<>();
    /** Selects a computer asked for by {@link #showComputer} once it is loaded. */
    private ListChangeListener<Computer> pendingSelection = change -> { };
    private final TableLayoutKeeper columnLayout;

    public ComputersView(EditorServices main) {
        tenants = main.tenants();
        model = new ComputersViewModel(main.tenants(), main.store(), main.tasks(), main.notices());
        reassign = new ReassignFlow(main, () -> table.getScene().getWindow());
        ComputerDetailViewModel detail = new ComputerDetailViewModel(main.tenants(), main.store(), main.tasks(), main.notices());

        CustomTextField filter = new CustomTextField();
        filter.setId("computerFilter");
        filter.setPromptText("Filter by name, OS, person, tenant or tag");
        filter.setLeft(AppIcon.SEARCH.view());
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox subTenants = new CheckBox("Include sub-tenants");
        subTenants.setId("computersIncludeSubTenants");
        subTenants.selectedProperty().bindBidirectional(model.includeSubTenantsProperty());
        Button reassignButton = new Button("Reassign…", AppIcon.REASSIGN.view());
        reassignButton.setId("reassignButton");
        reassignButton.setTooltip(new Tooltip("Move the selected computers to another tenant (Ctrl+R)"));
        reassignButton.disableProperty().bind(Bindings.isEmpty(model.selection()));
        reassignButton.setOnAction(e -> reassignSelected());
        Button export = new Button("Export CSV…", AppIcon.EXPORT.view());
        export.setId("exportComputersButton");
        export.setTooltip(new Tooltip("Save the computers the table shows (filters applied) as a CSV file"));
        export.disableProperty().bind(Bindings.isEmpty(model.shownComputers()));
        export.setOnAction(e -> exportCsv());
        HBox bar = new HBox(8, filter, subTenants, reassignButton, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox shortlistBar = shortlistBar();

        table.setId("computerTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(text("Name", Computer::name, 150), statusColumn(), text("OS", c -> c.os() + " " + c.osVersion(), 170),
                lastSeenColumn(), text("Person", model::personName, 120), text("Tenant", c -> model.tenantName(c.tenantId()), 130),
                text("Tags", c -> String.join(", ", c.tags()), 80)));
        SortedList<Computer> sorted = new SortedList<>(model.shownComputers());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No computers in this tenant."));
        columnLayout = TableLayoutKeeper.keep(table);
        table.setRowFactory(t -> dragRow());
        ObservableList<Computer> selected = table.getSelectionModel().getSelectedItems();
        selected.addListener((ListChangeListener<Computer>) change -> model.selection().setAll(List.copyOf(selected)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> detail.show(c));
        table.setOnKeyPressed(e -> {
            if (REASSIGN_KEYS.match(e)) {
                reassignSelected();
                e.consume();
            }
        });

        Label count = new Label();
        count.setId("computerCount");
        count.getStyleClass().add("field-hint");
        count.textProperty().bind(model.countText());
        VBox top = new VBox(8, bar, shortlistBar, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, new ComputerDetailPane(detail));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        getChildren().add(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setPadding(new Insets(12));
        model.load();
    }

    public void dispose() {
        table.getItems().removeListener(pendingSelection);
        columnLayout.dispose();
        model.dispose();
    }

    private void exportCsv() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export computers");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV (spreadsheet)", "*.csv"));
        chooser.setInitialFileName("computers-" + java.time.LocalDate.now() + ".csv");
        java.io.File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath(), dev.canopy.ui.common.DisplayZone.zone());
        }
    }

    /** Shows only these computers (a number on the overview points here). */
    public void showOnly(dev.canopy.ui.common.ComputerShortlist list) {
        model.showOnly(list);
    }

    /**
     * Opens one computer: the tab shows only it (until "Show all") and selects it once its tenant's computers have
     * loaded (the command palette found it).
     */
    public void showComputer(UUID id, String name) {
        var only = new dev.canopy.ui.common.ComputerShortlist(name, java.util.Set.of(id), false);
        showOnly(only);
        table.getItems().removeListener(pendingSelection);
        pendingSelection = change -> {
            // until it is found in a load made for this shortlist; once the technician moved on it is let go
            if (model.shortlistProperty().get() != only || selectIn(id)) {
                table.getItems().removeListener(pendingSelection);
            }
        };
        if (!selectIn(id)) {
            table.getItems().addListener(pendingSelection);
        }
    }

    private boolean selectIn(UUID id) {
        for (Computer c : table.getItems()) {
            if (c.id().equals(id)) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(c);
                table.scrollTo(c);
                return true;
            }
        }
        return false;
    }

    /** "Showing 12 non-compliant computers of Acme · Show all", while a shortlist narrows the table. */
    private HBox shortlistBar() {
        return dev.canopy.ui.common.ShortlistBar.of(Bindings.createStringBinding(() -> model.shortlistProperty().get() == null ? null
                : model.shortlistProperty().get().description(), model.shortlistProperty()), "computerShortlist", "clearShortlistButton",
                model::clearShortlist);
    }

    private void reassignSelected() {
        List<UUID> ids = model.selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        new TenantPickerDialog(table.getScene().getWindow(), tenants.hierarchy(), model.reassignTitle())
                .choose().ifPresent(target -> reassign.start(ids, target));
    }

    /** Rows start a drag of the whole selection, carrying ids (and their tenants) rather than objects. */
    private TableRow<Computer> dragRow() {
        TableRow<Computer> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) {
                return;
            }
            if (!table.getSelectionModel().getSelectedItems().contains(row.getItem())) {
                table.getSelectionModel().clearAndSelect(row.getIndex());
            }
            var selected = table.getSelectionModel().getSelectedItems();
            Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(TenantDrag.COMPUTER_IDS, selected.stream().map(c -> c.id().toString()).collect(Collectors.joining("\n")));
            content.put(TenantDrag.COMPUTER_TENANTS, selected.stream().map(c -> c.tenantId().toString()).distinct().collect(Collectors.joining("\n")));
            board.setContent(content);
            Label view = new Label(selected.size() == 1 ? selected.get(0).name() : String.format("%,d computers", selected.size()));
            view.setStyle("-fx-padding: 4 8; -fx-background-color: -color-bg-default; -fx-border-color: -color-accent-emphasis;");
            new javafx.scene.Scene(new javafx.scene.Group(view));
            board.setDragView(view.snapshot(null, null));
            e.consume();
        });
        return row;
    }

    private static TableColumn<Computer, String> text(String title, java.util.function.Function<Computer, String> value, double width) {
        TableColumn<Computer, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<Computer, ComputerStatus> statusColumn() {
        TableColumn<Computer, ComputerStatus> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status(Instant.now())));
        column.setPrefWidth(90);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ComputerStatus status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeAll("status-online", "status-offline", "status-stale");
                if (empty || status == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(switch (status) {
                    case ONLINE -> "Online";
                    case OFFLINE -> "Offline";
                    case STALE -> "Stale";
                });
                setGraphic(AppIcon.STATUS.view());
                getStyleClass().add("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return column;
    }

    private static TableColumn<Computer, Instant> lastSeenColumn() {
        TableColumn<Computer, Instant> column = new TableColumn<>("Last seen");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastSeen()));
        column.setPrefWidth(100);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant seen, boolean empty) {
                super.updateItem(seen, empty);
                setText(empty ? null : ago(seen));
            }
        });
        return column;
    }

    static String ago(Instant seen) {
        if (seen == null) {
            return "never";
        }
        Duration d = Duration.between(seen, Instant.now());
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + " d ago";
    }
}
