package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.EffectivePreferences;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole catalogue resolved for one tenant, grouped by area in catalogue order: what the tab
 * shows. Built off the FX thread from one read of every tenant's own settings.
 */
record TenantPreferences(UUID tenantId, String tenantName, Map<String, List<PreferenceRow>> byArea) {

    static final TenantPreferences NONE = new TenantPreferences(null, "", Map.of());

    static TenantPreferences resolve(PreferenceCatalogue catalogue, TenantHierarchy hierarchy, UUID tenantId,
                                     Collection<TenantPreference> storedRows) {
        EffectivePreferences effective = EffectivePreferences.of(hierarchy, tenantId, TenantPreference.index(storedRows));
        Map<String, List<PreferenceRow>> groups = new LinkedHashMap<>();
        for (var area : catalogue.byArea().entrySet()) {
            List<PreferenceRow> rows = new ArrayList<>(area.getValue().size());
            for (SettingDefinition definition : area.getValue()) {
                var value = effective.resolve(definition);
                Optional<TenantPreference> own = effective.own(definition);
                rows.add(new PreferenceRow(definition, value,
                        value.explain(id -> name(hierarchy, id)),
                        value.whyLocked(id -> name(hierarchy, id)).orElse(null),
                        own.map(TenantPreference::mode).orElse(PreferenceMode.INHERIT),
                        own.map(TenantPreference::value).orElse("")));
            }
            groups.put(area.getKey(), List.copyOf(rows));
        }
        return new TenantPreferences(tenantId, name(hierarchy, tenantId), Collections.unmodifiableMap(groups));
    }

    Optional<PreferenceRow> row(String key) {
        return byArea.values().stream().flatMap(List::stream).filter(r -> r.key().equals(key)).findFirst();
    }

    private static String name(TenantHierarchy hierarchy, UUID id) {
        return hierarchy.node(id).map(TenantNode::name).orElse(null);
    }
}
