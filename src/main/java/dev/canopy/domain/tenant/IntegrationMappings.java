package dev.canopy.domain.tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The integration mappings in effect for a tenant (DESIGN.md §1): per source, the tenant's own mapping, else the
 * nearest ancestor's for that source — a branch office bills through its client's PSA company — each with the tenant
 * it comes from, as the Preferences tab shows where a setting's value comes from.
 */
public final class IntegrationMappings {

    private IntegrationMappings() {
    }

    /**
     * One source's mapping as a tenant sees it.
     *
     * @param originId   the tenant whose own mapping this is (the tenant itself when own)
     * @param originName that tenant's name
     * @param own        whether it is the tenant's own mapping
     * @param replaces   for an own mapping, the nearest ancestor's mapping of the same source that it replaces; else null
     */
    public record Mapping(ExternalRef ref, UUID originId, String originName, boolean own, Mapping replaces) {

        public String source() {
            return ref.source();
        }

        public String externalId() {
            return ref.externalId();
        }

        /** "Own", "Own, replaces 4711 inherited from Acme", or "Inherited from Acme". */
        public String origin() {
            if (!own) {
                return "Inherited from " + originName;
            }
            return replaces == null ? "Own" : "Own, replaces " + replaces.externalId() + " inherited from " + replaces.originName();
        }
    }

    /**
     * The mappings in effect for the last tenant of the path, by source (ignoring case, sorted so). The path runs from
     * the root to the tenant (as TenantHierarchy#path gives ids, here with the full records); a scoped copy's path
     * may start below the root.
     */
    public static List<Mapping> effective(List<Tenant> pathFromRoot) {
        Map<String, Mapping> bySource = new LinkedHashMap<>();
        for (int i = 0; i < pathFromRoot.size(); i++) {
            Tenant tenant = pathFromRoot.get(i);
            boolean own = i == pathFromRoot.size() - 1;
            for (ExternalRef ref : tenant.externalRefs()) {
                String key = ref.source().toLowerCase(Locale.ROOT);
                Mapping above = bySource.get(key);
                bySource.put(key, new Mapping(ref, tenant.id(), tenant.name(), own, own ? above : null));
            }
        }
        List<Mapping> mappings = new ArrayList<>(bySource.values());
        mappings.sort(Comparator.comparing((Mapping m) -> m.source().toLowerCase(Locale.ROOT)).thenComparing(Mapping::source));
        return List.copyOf(mappings);
    }
}
