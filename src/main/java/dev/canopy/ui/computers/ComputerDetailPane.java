package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.InheritedSchedules;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One computer in detail: its inventory, and the schedules and deployments that apply to it, with why. */
final class ComputerDetailPane extends VBox {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EditorServices main;
    private final Label title = new Label("Select a computer to see its inventory, schedules and deployments.");
    private final TableView<Software> inventory = new TableView<>();
    private final ListView<String> schedules = new ListView<>();
    private final ListView<Resolution> deployments = new ListView<>();
    private final TextArea why = new TextArea();
    private final ListView<String> history = new ListView<>();

    ComputerDetailPane(EditorServices main) {
        this.main = main;
        setId("computerDetail");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        title.getStyleClass().add("text-bold");
        inventory.setId("inventoryTable");
        inventory.getColumns().addAll(List.of(column("Software", Software::name, 240), column("Version", Software::version, 140),
                column("Publisher", Software::publisher, 200)));
        inventory.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        inventory.setPlaceholder(new Label("No inventory reported."));
        schedules.setId("computerSchedules");
        schedules.setPlaceholder(new Label("No maintenance schedule applies."));
        deployments.setId("computerDeployments");
        deployments.setPlaceholder(new Label("No deployment reaches this computer."));
        deployments.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Resolution r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.software() + " — " + r.winner().desiredState().label()
                        + (r.winner().version().isEmpty() ? "" : " " + r.winner().version()) + " (" + r.winner().scope().label() + ")");
            }
        });
        why.setId("deploymentWhy");
        why.setEditable(false);
        why.setWrapText(true);
        why.setPrefRowCount(5);
        deployments.getSelectionModel().selectedItemProperty().addListener((obs, old, r) ->
                why.setText(r == null ? "" : r.why(this::tenantName)));
        SplitPane deploymentSplit = new SplitPane(deployments, why);
        deploymentSplit.setOrientation(javafx.geometry.Orientation.VERTICAL);
        history.setId("computerHistory");
        history.setPlaceholder(new Label("No changes recorded for this computer."));
        TabPane tabs = new TabPane(new Tab("Inventory", inventory), new Tab("Deployments", deploymentSplit), new Tab("Schedules", schedules),
                new Tab("History", history));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, tabs);
    }

    private record Detail(Computer computer, List<AppliedSchedule> schedules, List<Resolution> deployments, List<String> history) {
    }

    void show(Computer computer) {
        if (computer == null) {
            main.tasks().dropLoad(this);
            title.setText("Select a computer to see its inventory, schedules and deployments.");
            inventory.getItems().clear();
            schedules.getItems().clear();
            deployments.getItems().clear();
            history.getItems().clear();
            return;
        }
        title.setText(computer.name() + " — " + computer.os() + " " + computer.osVersion() + ", serial " + computer.serialNumber());
        TenantHierarchy hierarchy = main.tenants().hierarchyProperty().get();
        main.tasks().load(this, () -> detail(hierarchy, computer.id()), detail -> {
            if (detail == null) {
                return;
            }
            inventory.setItems(FXCollections.observableArrayList(detail.computer().software()));
            schedules.setItems(FXCollections.observableArrayList(detail.schedules().stream()
                    .map(s -> s.schedule().name() + " — " + describe(s.schedule().cron())
                            + (s.inherited() ? "  (from " + tenantName(s.ownerTenantId()) + ")" : "")).toList()));
            deployments.setItems(FXCollections.observableArrayList(detail.deployments()));
            history.setItems(FXCollections.observableArrayList(detail.history()));
        }, error -> main.notices().setNotice(ErrorDialogs.messageFor(error)));
    }

    private Detail detail(TenantHierarchy hierarchy, UUID id) {
        var store = main.store().current();
        List<Computer> found = store.computersByIds(List.of(id), true);
        if (found.isEmpty()) {
            return null;
        }
        Computer computer = found.get(0);
        List<UUID> path = hierarchy.path(computer.tenantId()).stream().map(TenantNode::id).toList();
        PreferenceTree preferences = PreferenceTree.of(hierarchy, TenantPreference.index(store.preferences()), PreferenceCatalogue.standard().all());
        ComputerContext context = ComputerContext.of(computer, path,
                tenant -> Boolean.parseBoolean(preferences.effective(tenant, "deployment.excludeFromCrossTenant").value()));
        Map<String, Resolution> resolved = DeploymentResolver.resolve(context, DeploymentIndex.of(store.records(DeploymentKind.INSTANCE, path)));
        var names = store.tenantNamesIncludingDeleted();
        List<String> changes = store.audit(new dev.canopy.store.AuditQuery(null, id, null, null, 200)).stream()
                .map(a -> WHEN.format(a.at().atZone(java.time.ZoneId.systemDefault())) + "  " + a.actor() + "  " + a.action() + "  "
                        + dev.canopy.ui.history.ChangeSummary.of(a.changes()).replace(a.tenantId() == null ? "" : a.tenantId().toString(),
                        names.getOrDefault(a.tenantId(), "?")))
                .toList();
        return new Detail(computer, InheritedSchedules.forTenant(path, store.records(ScheduleKind.INSTANCE, path)),
                new ArrayList<>(resolved.values()), changes);
    }

    private String tenantName(UUID id) {
        return main.tenants().hierarchyProperty().get().node(id).map(TenantNode::name).orElse("?");
    }

    private static String describe(String cron) {
        try {
            return dev.canopy.domain.schedule.Recurrence.fromCron(cron).describe();
        } catch (RuntimeException invalid) {
            return cron;
        }
    }

    private static TableColumn<Software, String> column(String title, java.util.function.Function<Software, String> value, double width) {
        TableColumn<Software, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
