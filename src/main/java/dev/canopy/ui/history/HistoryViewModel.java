package dev.canopy.ui.history;

import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.store.AuditQuery;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The History tab's state: the audit of the selected tenant or of all, filtered by kind of record
 * and date, read only while the tab is showing (the audit grows with every edit).
 */
public final class HistoryViewModel {

    private static final int LIMIT = 2_000;

    /** Whose changes are listed. */
    public enum Scope {
        THIS_TENANT("This tenant"), ALL_TENANTS("All tenants");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Which kind of record's changes are listed; the entity is the audit's name for it. */
    public enum Kind {
        ALL("All records", null), TENANTS("Tenants", "tenant"), COMPUTERS("Computers", "computer"), PEOPLE("People", "person"),
        SCHEDULES("Schedules", "schedule"), DEPLOYMENTS("Deployments", "deployment"), PREFERENCES("Preferences", "preference");

        private final String label;
        private final String entity;

        Kind(String label, String entity) {
            this.label = label;
            this.entity = entity;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.THIS_TENANT);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ALL);
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final ChangeListener<Object> reload = (obs, old, now) -> load();

    public HistoryViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        tenants.selectedTenantProperty().addListener(reload);
        tenants.hierarchyProperty().addListener(reload);
        scope.addListener(reload);
        kind.addListener(reload);
        since.addListener(reload);
        showing.addListener(reload);
    }

    public void dispose() {
        tenants.selectedTenantProperty().removeListener(reload);
        tenants.hierarchyProperty().removeListener(reload);
    }

    public void load() {
        if (!showing.get() || !store.isOpen()) {
            return;
        }
        UUID tenant = scope.get() == Scope.ALL_TENANTS ? null : tenants.selectedTenant();
        LocalDate from = since.get();
        AuditQuery query = new AuditQuery(tenant, null, kind.get() == null ? null : kind.get().entity,
                from == null ? null : from.atStartOfDay(dev.canopy.ui.common.DisplayZone.zone()).toInstant(), LIMIT);
        tasks.load(this, () -> {
            var current = store.current();
            TenantNames names = TenantNames.read(current);
            return current.audit(query).stream().map(r -> HistoryEntry.of(r, names)).toList();
        }, entries::setAll, error -> notices.setNotice(ErrorDialogs.messageFor(error)));
    }

    /** Brings back the deleted tenant the entry is about, and selects it. */
    public void restore(HistoryEntry entry, Consumer<Throwable> onRefused) {
        if (entry == null || !entry.canRestore()) {
            return;
        }
        UUID tenant = entry.restorableTenant();
        commands.execute(new RestoreTenant(tenant), applied -> tenants.selectedTenantProperty().set(tenant), onRefused);
    }

    public ObservableList<HistoryEntry> entries() {
        return entries;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    /** True while the tab is showing; loads wait until then. */
    public BooleanProperty showingProperty() {
        return showing;
    }
}
