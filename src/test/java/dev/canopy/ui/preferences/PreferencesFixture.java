package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.EditorServices;

import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link PreferencesSeed} opened behind the real main view model (see {@link ViewModelFixture}),
 * with the Preferences view model on it, active as a shown tab is.
 */
abstract class PreferencesFixture extends ViewModelFixture {

    static final SettingDefinition PROMPT = PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES;

    final PreferencesSeed seed = new PreferencesSeed();
    PreferencesViewModel model;

    /** Opens the seeded store and shows a tenant's preferences, loaded. */
    void openOn(String tenant) {
        openOn(tenant, store -> { });
    }

    /** The same with more seeded first, e.g. settings through SetPreference. */
    void openOn(String tenant, Consumer<LocalStore> more) {
        open(store -> {
            seed.write(store);
            more.accept(store);
        });
        EditorServices s = services();
        model = new PreferencesViewModel(s.tenants(), s.store(), s.tasks(), s.commands(), s.notices());
        show(tenant);
        model.setActive(true);
    }

    /** Selects another tenant, as a click in the tree does. */
    void show(String tenant) {
        select(tenantNamed(tenant).id());
    }

    /** The setting's line as loaded for the tenant shown. */
    PreferenceRow row(SettingDefinition setting) {
        return model.preferencesProperty().get().row(setting.key()).orElseThrow(() -> new AssertionError("no line for " + setting.key()));
    }

    /** What the table shows on a setting's line: Setting, Value, Comes from, Mode. */
    List<String> line(SettingDefinition setting) {
        PreferenceRow row = row(setting);
        return List.of(row.definition().label(), row.shownValue(), row.source(), row.modeText());
    }

    List<TenantPreference> stored() {
        return store().preferences();
    }

    /** The value Acme saved for a setting. */
    String savedByAcme(SettingDefinition setting) {
        return stored().stream().filter(p -> p.key().equals(setting.key()) && p.tenantId().equals(seed.acme))
                .map(TenantPreference::value).findFirst().orElseThrow(() -> new AssertionError("Acme saved no " + setting.key()));
    }
}
