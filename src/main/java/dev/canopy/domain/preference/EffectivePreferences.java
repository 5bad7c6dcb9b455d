package dev.canopy.domain.preference;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The effective settings of one tenant (DESIGN.md §1): the ENFORCED value nearest the root wins,
 * since an enforced ancestor cannot be overridden by anything below it, enforced or not; else the
 * tenant's own value; else the nearest ancestor's; else the catalogue default.
 * <p>
 * Built once per tenant from its path; each resolution is one walk down that path with a map
 * look-up per level and at most one allocation. For every tenant of a tree at once, and for
 * recomputing after a move or an edit, use {@link PreferenceTree}.
 */
public final class EffectivePreferences {

    private static final Map<String, TenantPreference> NONE = Map.of();

    private final UUID[] path;
    private final List<Map<String, TenantPreference>> rows;

    /**
     * @param pathFromRoot the root first, the tenant last
     * @param ownByTenant  each tenant's own rows by key (tenants without rows may be missing); INHERIT
     *                     and deleted rows are ignored, as {@link TenantPreference#index} leaves them out anyway
     */
    public EffectivePreferences(List<UUID> pathFromRoot, Map<UUID, Map<String, TenantPreference>> ownByTenant) {
        if (pathFromRoot.isEmpty()) {
            throw new IllegalArgumentException("the path needs at least the tenant itself");
        }
        path = pathFromRoot.toArray(new UUID[0]);
        List<Map<String, TenantPreference>> levels = new ArrayList<>(path.length);
        for (UUID id : path) {
            Objects.requireNonNull(id, "tenant id on the path");
            Map<String, TenantPreference> own = ownByTenant.get(id);
            // a snapshot: later edits to the caller's maps must not change what was resolved
            levels.add(own == null || own.isEmpty() ? NONE : Map.copyOf(own));
        }
        rows = Collections.unmodifiableList(levels);
    }

    public static EffectivePreferences of(TenantHierarchy hierarchy, UUID tenantId, Map<UUID, Map<String, TenantPreference>> ownByTenant) {
        List<UUID> ids = new ArrayList<>();
        for (TenantNode node : hierarchy.path(tenantId)) {
            ids.add(node.id());
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("unknown tenant " + tenantId);
        }
        return new EffectivePreferences(ids, ownByTenant);
    }

    public UUID tenantId() {
        return path[path.length - 1];
    }

    public Effective resolve(SettingDefinition definition) {
        String key = definition.key();
        int last = path.length - 1;
        int nearestOverride = -1;
        for (int level = 0; level <= last; level++) {
            TenantPreference row = rows.get(level).get(key);
            if (row == null || !row.counts()) {
                continue;
            }
            if (row.mode() == PreferenceMode.ENFORCED) {
                // the first one met from the root wins: nothing below may override it
                return level == last
                        ? new Effective(row.value(), Effective.Source.ENFORCED_HERE, path[level], false)
                        : new Effective(row.value(), Effective.Source.ENFORCED_BY_ANCESTOR, path[level], true);
            }
            nearestOverride = level;
        }
        if (nearestOverride < 0) {
            return Effective.ofDefault(definition.defaultValue());
        }
        String value = rows.get(nearestOverride).get(key).value();
        Effective.Source source = nearestOverride == last ? Effective.Source.THIS_TENANT : Effective.Source.ANCESTOR;
        return new Effective(value, source, path[nearestOverride], false);
    }

    /** Every given setting by key, in the order given. */
    public Map<String, Effective> resolveAll(Collection<SettingDefinition> definitions) {
        Map<String, Effective> all = new LinkedHashMap<>(definitions.size() * 2);
        for (SettingDefinition definition : definitions) {
            all.put(definition.key(), resolve(definition));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The tenant's own row that counts, for the editor; empty when it inherits. */
    public Optional<TenantPreference> own(SettingDefinition definition) {
        TenantPreference row = rows.get(path.length - 1).get(definition.key());
        return row != null && row.counts() ? Optional.of(row) : Optional.empty();
    }

    /** False when an ancestor enforces the setting. */
    public boolean canOverride(SettingDefinition definition) {
        return resolve(definition).canOverride();
    }

    /** "Enforced by Northwind MSP: children cannot override it.", or empty when the tenant may set it. */
    public Optional<String> whyLocked(SettingDefinition definition, Function<UUID, String> tenantName) {
        return resolve(definition).whyLocked(tenantName);
    }
}
