package dev.canopy.domain.preference;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The value a setting has for one tenant and where it comes from, which the UI always shows next
 * to it. sourceTenantId is the tenant whose row supplies the value (null for the default);
 * lockedByAncestor is true exactly when an ancestor enforces the setting, so this tenant cannot
 * override it.
 */
public record Effective(String value, Source source, UUID sourceTenantId, boolean lockedByAncestor) {

    public enum Source { DEFAULT, THIS_TENANT, ANCESTOR, ENFORCED_BY_ANCESTOR, ENFORCED_HERE }

    public Effective {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if ((source == Source.DEFAULT) != (sourceTenantId == null)) {
            throw new IllegalArgumentException("only the default comes from no tenant: " + source + " " + sourceTenantId);
        }
        if (lockedByAncestor != (source == Source.ENFORCED_BY_ANCESTOR)) {
            throw new IllegalArgumentException("locked exactly when enforced by an ancestor: " + source);
        }
    }

    public static Effective ofDefault(String value) {
        return new Effective(value, Source.DEFAULT, null, false);
    }

    public boolean canOverride() {
        return !lockedByAncestor;
    }

    public boolean enforced() {
        return source == Source.ENFORCED_BY_ANCESTOR || source == Source.ENFORCED_HERE;
    }

    /** "Default", "Set on this tenant", "Inherited from Acme", "Enforced by Northwind MSP", "Enforced here". */
    public String explain(Function<UUID, String> tenantName) {
        return switch (source) {
            case DEFAULT -> "Default";
            case THIS_TENANT -> "Set on this tenant";
            case ANCESTOR -> "Inherited from " + name(tenantName);
            case ENFORCED_BY_ANCESTOR -> "Enforced by " + name(tenantName);
            case ENFORCED_HERE -> "Enforced here";
        };
    }

    /** The reason shown on a disabled control, or empty when this tenant may set its own value. */
    public Optional<String> whyLocked(Function<UUID, String> tenantName) {
        return lockedByAncestor ? Optional.of("Enforced by " + name(tenantName) + ": children cannot override it.") : Optional.empty();
    }

    /**
     * This setting one level down: the effective value for a child of the tenant this was resolved
     * for, given the child's own row (null when it has none). Returns this instance when nothing
     * changes, so a whole tree shares one object per distinct value.
     */
    public Effective inheritedBy(UUID childId, TenantPreference childRow) {
        if (enforced()) {
            return lockedByAncestor ? this : new Effective(value, Source.ENFORCED_BY_ANCESTOR, sourceTenantId, true);
        }
        if (childRow != null && childRow.counts()) {
            Source own = childRow.mode() == PreferenceMode.ENFORCED ? Source.ENFORCED_HERE : Source.THIS_TENANT;
            return new Effective(childRow.value(), own, childId, false);
        }
        return source == Source.THIS_TENANT ? new Effective(value, Source.ANCESTOR, sourceTenantId, false) : this;
    }

    private String name(Function<UUID, String> tenantName) {
        String name = tenantName.apply(sourceTenantId);
        return name == null || name.isBlank() ? "a parent tenant" : name;
    }
}
