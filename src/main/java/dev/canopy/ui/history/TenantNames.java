package dev.canopy.ui.history;

import dev.canopy.store.LocalStore;
import dev.canopy.store.TenantName;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenant names as the history shows them, deleted tenants included. Whether a tenant is deleted is
 * the store's flag; " (deleted)" is only how it reads.
 */
public final class TenantNames {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<UUID, TenantName> names;

    private TenantNames(Map<UUID, TenantName> names) {
        this.names = Map.copyOf(names);
    }

    /** Reads every tenant's name, deleted ones included (store work: call it off the FX thread). */
    public static TenantNames read(LocalStore store) {
        return new TenantNames(store.tenantNamesIncludingDeleted());
    }

    /** "Globex", "Globex (deleted)", or "?" for an id that was never a tenant. */
    public String display(UUID tenant) {
        TenantName name = tenant == null ? null : names.get(tenant);
        if (name == null) {
            return "?";
        }
        return name.deleted() ? name.name() + " (deleted)" : name.name();
    }

    public boolean isDeleted(UUID tenant) {
        TenantName name = tenant == null ? null : names.get(tenant);
        return name != null && name.deleted();
    }

    /** The text with every tenant id in it replaced by that tenant's name (a reassignment's before and after). */
    public String nameIds(String text) {
        Matcher ids = ID.matcher(text);
        StringBuilder named = new StringBuilder();
        while (ids.find()) {
            UUID id = UUID.fromString(ids.group());
            ids.appendReplacement(named, Matcher.quoteReplacement(names.containsKey(id) ? display(id) : ids.group()));
        }
        ids.appendTail(named);
        return named.toString();
    }
}
