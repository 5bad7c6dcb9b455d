package dev.canopy.domain.preference;

import dev.canopy.domain.RecordMeta;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant's own setting. An INHERIT row and a deleted (tombstoned) row both say nothing, exactly as
 * if there were no row; they exist only so that the change syncs.
 */
public record TenantPreference(UUID tenantId, String key, PreferenceMode mode, String value, RecordMeta meta) {

    public TenantPreference {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(meta, "meta");
        value = value == null ? "" : value;
    }

    /**
     * A row for what the technician chose, the value checked and made canonical by the setting's type
     * (a RuleViolation on the setting's key when it is bad). An INHERIT row keeps no value.
     */
    public static TenantPreference of(SettingDefinition definition, UUID tenantId, PreferenceMode mode, String rawValue, RecordMeta meta) {
        String value = mode == PreferenceMode.INHERIT ? "" : definition.parse(rawValue);
        return new TenantPreference(tenantId, definition.key(), mode, value, meta);
    }

    /** True when this row takes part in resolution: neither INHERIT nor deleted. */
    public boolean counts() {
        return mode != PreferenceMode.INHERIT && !meta.deleted();
    }

    /** The rows that count, by tenant and key, as {@link EffectivePreferences} and {@link PreferenceTree} take them. */
    public static Map<UUID, Map<String, TenantPreference>> index(Collection<TenantPreference> rows) {
        Map<UUID, Map<String, TenantPreference>> byTenant = new HashMap<>();
        for (TenantPreference row : rows) {
            if (row.counts()) {
                byTenant.computeIfAbsent(row.tenantId(), t -> new HashMap<>()).put(row.key(), row);
            }
        }
        return byTenant;
    }
}
