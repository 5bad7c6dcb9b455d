package dev.canopy.ui.history;

import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.store.AuditQuery;
import dev.canopy.store.AuditRecord;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.LazyTab;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The History tab: who changed what and when, with before/after of the changed fields, for the
 * selected tenant or for all; filter by kind of record and date. Deleted tenants can be restored here.
 */
public final class HistoryTab extends LazyTab {

    private static final int LIMIT = 2_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, String> KINDS = Map.of("All records", "", "Tenants", "tenant", "Computers", "computer",
            "People", "person", "Schedules", "schedule", "Deployments", "deployment", "Preferences", "preference");

    private final EditorServices main;
    private final TableView<AuditRecord> table = new TableView<>();
    private final ComboBox<String> scope = new ComboBox<>(FXCollections.observableArrayList("This tenant", "All tenants"));
    private final ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(
            "All records", "Tenants", "Computers", "People", "Schedules", "Deployments", "Preferences"));
    private final DatePicker since = new DatePicker();
    private final ChangeListener<Object> reload = (obs, old, now) -> load();
    private Map<UUID, String> names = Map.of();

    public HistoryTab(EditorServices main) {
        super("History", "historyTab", AppIcon.HISTORY);
        this.main = main;
    }

    @Override
    protected Node build() {
        scope.setId("historyScope");
        scope.setValue("This tenant");
        kind.setId("historyKind");
        kind.setValue("All records");
        since.setId("historySince");
        since.setPromptText("Since (any date)");
        scope.valueProperty().addListener(reload);
        kind.valueProperty().addListener(reload);
        since.valueProperty().addListener(reload);
        Button restore = new Button("Restore tenant", AppIcon.REVERT.view());
        restore.setId("restoreTenantButton");
        restore.setTooltip(new Tooltip("Bring back the deleted tenant this entry is about"));
        restore.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> deletedTenantOf(table.getSelectionModel().getSelectedItem()) == null,
                table.getSelectionModel().selectedItemProperty()));
        restore.setOnAction(e -> restore());
        HBox bar = new HBox(8, scope, kind, since, new javafx.scene.layout.Region(), restore);
        HBox.setHgrow(bar.getChildren().get(3), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("When", r -> WHEN.format(r.at().atZone(ZoneId.systemDefault())), 140),
                column("Who", AuditRecord::actor, 90),
                column("Action", AuditRecord::action, 120),
                column("Record", this::recordName, 150),
                column("Changes", r -> ChangeSummary.of(r.changes()), 320)));
        table.setPlaceholder(new Label("No changes recorded."));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(10, bar, table);
        content.setPadding(new Insets(12));
        main.tenants().selectedTenantProperty().addListener(reload);
        main.tenants().hierarchyProperty().addListener(reload);
        selectedProperty().addListener(reload);
        load();
        return content;
    }

    @Override
    protected void release() {
        main.tenants().selectedTenantProperty().removeListener(reload);
        main.tenants().hierarchyProperty().removeListener(reload);
        selectedProperty().removeListener(reload);
    }

    private record Loaded(List<AuditRecord> records, Map<UUID, String> names) {
    }

    /** Loads only while the tab is showing: the audit grows with every edit. */
    private void load() {
        if (!isSelected() || main.store().current() == null) {
            return;
        }
        UUID tenant = "All tenants".equals(scope.getValue()) ? null : main.tenants().selectedTenantProperty().get();
        String entity = KINDS.getOrDefault(kind.getValue(), "");
        LocalDate from = since.getValue();
        AuditQuery query = new AuditQuery(tenant, null, entity.isEmpty() ? null : entity,
                from == null ? null : from.atStartOfDay(ZoneId.systemDefault()).toInstant(), LIMIT);
        main.tasks().load(this, () -> new Loaded(main.store().current().audit(query), main.store().current().tenantNamesIncludingDeleted()), loaded -> {
            names = loaded.names();
            table.setItems(FXCollections.observableArrayList(loaded.records()));
        }, error -> main.notices().setNotice(ErrorDialogs.messageFor(error)));
    }

    private String recordName(AuditRecord r) {
        if (r.entity().equals("tenant") || r.entity().equals("preference")) {
            return r.entity() + " " + names.getOrDefault(r.recordId(), "?");
        }
        return r.entity() + " in " + names.getOrDefault(r.tenantId(), "?");
    }

    private UUID deletedTenantOf(AuditRecord r) {
        if (r == null || !r.entity().equals("tenant")) {
            return null;
        }
        return names.getOrDefault(r.recordId(), "").endsWith("(deleted)") ? r.recordId() : null;
    }

    private void restore() {
        UUID tenant = deletedTenantOf(table.getSelectionModel().getSelectedItem());
        if (tenant != null) {
            main.commands().execute(new RestoreTenant(tenant), applied -> main.tenants().selectedTenantProperty().set(tenant),
                    error -> ErrorDialogs.show(table.getScene().getWindow(), "The tenant was not restored", error));
        }
    }

    private static TableColumn<AuditRecord, String> column(String title, java.util.function.Function<AuditRecord, String> value, double width) {
        TableColumn<AuditRecord, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
