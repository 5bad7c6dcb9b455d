package dev.canopy.ui.settings;

import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.preference.Effective;
import dev.canopy.domain.preference.EffectivePreferences;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.main.MainViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The catalogue for the selected tenant: every setting's effective value and where it comes from,
 * grouped by area; override, enforce or inherit each as one undoable command.
 */
final class PreferencesViewModel {

    private final MainViewModel main;
    private final ReadOnlyObjectWrapper<Map<String, List<PreferenceRow>>> rows = new ReadOnlyObjectWrapper<>(Map.of());
    private final ChangeListener<Object> reload = (obs, old, now) -> load();
    private int loads;

    PreferencesViewModel(MainViewModel main) {
        this.main = main;
        main.selectedTenantProperty().addListener(reload);
        main.hierarchyProperty().addListener(reload);
    }

    void dispose() {
        main.selectedTenantProperty().removeListener(reload);
        main.hierarchyProperty().removeListener(reload);
    }

    void load() {
        UUID tenant = main.selectedTenantProperty().get();
        if (tenant == null || main.store() == null) {
            rows.set(Map.of());
            return;
        }
        var hierarchy = main.hierarchyProperty().get();
        int load = ++loads;
        main.runner().run(() -> {
            var own = TenantPreference.index(main.store().preferences());
            EffectivePreferences effective = EffectivePreferences.of(hierarchy, tenant, own);
            Map<String, List<PreferenceRow>> grouped = new LinkedHashMap<>();
            for (var area : PreferenceCatalogue.standard().byArea().entrySet()) {
                List<PreferenceRow> list = new ArrayList<>();
                for (SettingDefinition definition : area.getValue()) {
                    Effective e = effective.resolve(definition);
                    PreferenceMode mode = effective.own(definition).map(TenantPreference::mode).orElse(PreferenceMode.INHERIT);
                    list.add(new PreferenceRow(definition, e, e.explain(this::name), e.whyLocked(this::name).orElse(null), mode));
                }
                grouped.put(area.getKey(), list);
            }
            return grouped;
        }, loaded -> {
            if (load == loads) {
                rows.set(loaded);
            }
        }, error -> main.setNotice(ErrorDialogs.messageFor(error)));
    }

    private String name(UUID tenant) {
        return main.hierarchyProperty().get().node(tenant).map(TenantNode::name).orElse("?");
    }

    /** Saves a value (checked by the setting's type first) with a mode; refusals go to onRefused. */
    void set(SettingDefinition definition, PreferenceMode mode, String raw, Consumer<Throwable> onRefused) {
        UUID tenant = main.selectedTenantProperty().get();
        main.execute(new SetPreference(tenant, definition.key(), mode, mode == PreferenceMode.INHERIT ? "" : raw), applied -> { }, onRefused);
    }

    /** The selected tenant's computers and its sub-tenants' (what a computer-list setting can name). */
    void computersOfTenant(Consumer<List<dev.canopy.domain.computer.Computer>> then) {
        UUID tenant = main.selectedTenantProperty().get();
        var subtree = main.hierarchyProperty().get().subtree(tenant);
        main.runner().run(() -> main.store().computers(subtree, false), then, error -> main.setNotice(ErrorDialogs.messageFor(error)));
    }

    ReadOnlyObjectProperty<Map<String, List<PreferenceRow>>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }
}
