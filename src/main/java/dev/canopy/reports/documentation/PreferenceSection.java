package dev.canopy.reports.documentation;

import dev.canopy.domain.preference.Effective;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.SettingDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Every setting's effective value at the tenant and where it comes from (set here, inherited, enforced, default). */
final class PreferenceSection {

    private static final List<DocTable.Column> COLUMNS = List.of(new DocTable.Column("Area", 1.1f), new DocTable.Column("Setting", 2.6f),
            new DocTable.Column("Effective value", 2.4f), new DocTable.Column("Comes from", 2));

    private PreferenceSection() {
    }

    static DocSection of(PreferenceTree preferences, UUID tenantId, Function<UUID, String> tenantName) {
        List<List<String>> rows = new ArrayList<>();
        int ownOrEnforced = 0;
        for (SettingDefinition definition : preferences.definitions()) {
            Effective effective = preferences.effective(tenantId, definition.key());
            if (effective.source() == Effective.Source.THIS_TENANT || effective.source() == Effective.Source.ENFORCED_HERE) {
                ownOrEnforced++;
            }
            String value = definition.display(effective.value());
            rows.add(List.of(definition.area(), definition.label(), value.isBlank() ? "(none)" : value, effective.explain(tenantName)));
        }
        String summary = ownOrEnforced == 0 ? "This tenant sets none of its own: every value below is inherited or the default."
                : ownOrEnforced + (ownOrEnforced == 1 ? " setting is" : " settings are") + " set on this tenant; the others are inherited or the default.";
        return new DocSection("Effective preferences", summary, new DocTable(COLUMNS, rows, ""));
    }
}
