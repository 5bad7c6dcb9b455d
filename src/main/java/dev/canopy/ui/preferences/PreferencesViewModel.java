package dev.canopy.ui.preferences;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Preferences tab's state: the catalogue resolved for the selected tenant, the setting being
 * edited and the message at its field. Every change is one {@link SetPreference} through the main
 * model, so it is undoable, audited and queued for sync; all store reads run on the task runner.
 */
final class PreferencesViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final PreferenceCatalogue catalogue = PreferenceCatalogue.standard();
    private final ReadOnlyObjectWrapper<TenantPreferences> preferences = new ReadOnlyObjectWrapper<>(TenantPreferences.NONE);
    private final StringProperty selectedKey = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<PreferenceRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ChangeListener<Object> onChange = (obs, old, now) -> changed();
    private boolean active;
    /** After a refused save, what is typed is checked on every edit until the technician moves on. */
    private boolean checkAsTyped;
    private boolean stale = true;
    /** Key of the computer-list picker's read, apart from the table's own. */
    private final Object computersKey = new Object();

    PreferencesViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        // the selection changes the tenant; every applied command or undo reloads the hierarchy
        tenants.selectedTenantProperty().addListener(onChange);
        tenants.hierarchyProperty().addListener(onChange);
        selectedKey.addListener((obs, old, key) -> {
            clearError();
            selectedRow.set(key == null ? null : preferences.get().row(key).orElse(null));
        });
    }

    void dispose() {
        tenants.selectedTenantProperty().removeListener(onChange);
        tenants.hierarchyProperty().removeListener(onChange);
    }

    /**
     * Only a visible tab loads: every command reloads the hierarchy, and reading every tenant's
     * settings for a tab nobody looks at would slow each edit down for nothing.
     */
    void setActive(boolean visible) {
        active = visible;
        if (active && stale) {
            load();
        }
    }

    private void changed() {
        stale = true;
        if (active) {
            load();
        }
    }

    void load() {
        UUID tenant = tenants.selectedTenant();
        TenantHierarchy hierarchy = tenants.hierarchy();
        stale = false;
        LocalStore opened = store.current();
        if (tenant == null || opened == null || hierarchy.node(tenant).isEmpty()) {
            tasks.dropLoad(this);
            show(TenantPreferences.NONE);
            return;
        }
        loading.set(true);
        tasks.load(this, () -> TenantPreferences.resolve(catalogue, hierarchy, tenant, opened.preferences()), loaded -> {
            loading.set(false);
            show(loaded);
        }, failure -> {
            loading.set(false);
            notices.setNotice(ErrorDialogs.messageFor(failure));
        });
    }

    private void show(TenantPreferences loaded) {
        TenantPreferences before = preferences.get();
        preferences.set(loaded);
        String key = selectedKey.get();
        PreferenceRow row = key == null ? null : loaded.row(key).orElse(null);
        // a message belongs to what the technician typed for this tenant; another tenant starts clean
        if (!Objects.equals(before.tenantId(), loaded.tenantId()) || !Objects.equals(row, selectedRow.get())) {
            clearError();
        }
        selectedRow.set(row);
    }

    /**
     * Saves the selected setting for the shown tenant. The value is checked by the setting's type
     * first, so a bad one is reported at the field and nothing is sent; a refusal by the command
     * (an ancestor started enforcing meanwhile, nothing changed) lands at the field too.
     */
    void apply(PreferenceMode mode, String raw) {
        PreferenceRow row = selectedRow.get();
        UUID tenant = preferences.get().tenantId();
        if (row == null || tenant == null || saving.get()) {
            return;
        }
        String value = "";
        if (mode != PreferenceMode.INHERIT) {
            try {
                value = row.definition().parse(raw);
            } catch (RuleViolation bad) {
                refuse(bad.getMessage());
                return;
            }
        }
        clearError();
        saving.set(true);
        commands.execute(new SetPreference(tenant, row.key(), mode, value), applied -> saving.set(false), refused -> {
            saving.set(false);
            if (ErrorDialogs.unwrap(refused) instanceof RuleViolation rule && row.key().equals(rule.field())) {
                refuse(rule.getMessage());
            } else {
                notices.setNotice(ErrorDialogs.messageFor(refused));
            }
        });
    }

    private void refuse(String message) {
        error.set(message);
        checkAsTyped = true;
    }

    private void clearError() {
        error.set("");
        checkAsTyped = false;
    }

    /**
     * Re-checks what is typed once a save was refused, so the message changes with the value and goes
     * away as soon as it is fixed; before that, half-typed input is not shouted at.
     */
    void recheck(String raw) {
        PreferenceRow row = selectedRow.get();
        if (row == null || !checkAsTyped) {
            return;
        }
        try {
            row.definition().parse(raw);
            error.set("");
        } catch (RuleViolation bad) {
            error.set(bad.getMessage());
        }
    }

    /** Shows a message at the field that an editor found itself (a bad address it was asked to add). */
    void report(String message) {
        if (message == null || message.isEmpty()) {
            clearError();
        } else {
            refuse(message);
        }
    }

    /**
     * What a computer-list setting of the shown tenant can name: its own computers and its sub-tenants'
     * (those with the sub-tenant's name), each with its tags. Ids of {@code chosen} that match none of
     * them (deleted, or moved to another tenant) come first, so saving never drops them unseen.
     */
    void computerChoices(Collection<UUID> chosen, Consumer<List<ComputerChoice>> then) {
        UUID tenant = preferences.get().tenantId();
        LocalStore opened = store.current();
        if (tenant == null || opened == null) {
            then.accept(ComputerChoice.of(List.of(), chosen, tenant, this::tenantName));
            return;
        }
        List<UUID> subtree = tenants.hierarchy().subtree(tenant);
        tasks.load(computersKey, () -> opened.computers(subtree, false),
                computers -> then.accept(ComputerChoice.of(computers, chosen, tenant, this::tenantName)),
                failure -> notices.setNotice(ErrorDialogs.messageFor(failure)));
    }

    /** A tenant's name in the hierarchy shown now, for computers of sub-tenants. */
    private String tenantName(UUID id) {
        return tenants.hierarchy().node(id).map(n -> n.name()).orElse("");
    }

    ReadOnlyObjectProperty<TenantPreferences> preferencesProperty() {
        return preferences.getReadOnlyProperty();
    }

    StringProperty selectedKeyProperty() {
        return selectedKey;
    }

    ReadOnlyObjectProperty<PreferenceRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
