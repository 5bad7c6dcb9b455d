package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.Effective;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;

/**
 * One setting as the selected tenant sees it, with every text the table and the editor show
 * already worked out (in the background, with the tenant names of the hierarchy it was loaded from).
 *
 * @param source    where the effective value comes from, in words ("Inherited from Acme")
 * @param lockedWhy why this tenant cannot set it (an ancestor enforces it), or null
 * @param ownMode   the tenant's own mode for it; INHERIT when it has no row
 * @param ownValue  the tenant's own canonical value ("" when it inherits)
 */
record PreferenceRow(SettingDefinition definition, Effective effective, String source, String lockedWhy,
                     PreferenceMode ownMode, String ownValue) implements TableEntry {

    String key() {
        return definition.key();
    }

    /** The effective value as a technician reads it ("30 minutes", "If required"). */
    String shownValue() {
        return definition.display(effective.value());
    }

    boolean locked() {
        return lockedWhy != null;
    }

    /** The editor's line about the value in effect: "In effect: 30 minutes  ·  Set on this tenant". */
    String inEffect() {
        return "In effect: " + shownValue() + "  ·  " + source;
    }

    /** Whether Inherit has anything to remove: an own value, even one an enforcing ancestor makes ignored. */
    boolean canInherit() {
        return ownMode != PreferenceMode.INHERIT;
    }

    /** The line next to Override / Enforce / Inherit: what pressing them would mean here. */
    String actionHint() {
        if (locked()) {
            return canInherit() ? "Inherit removes this tenant's own value, which is not in effect." : "";
        }
        return switch (effective.source()) {
            case ENFORCED_HERE -> "Enforced here: the tenants below cannot override it.";
            case THIS_TENANT -> "Set here: the tenants below inherit it unless they set their own.";
            default -> "Override sets it here; Enforce also stops the tenants below from changing it.";
        };
    }

    /**
     * What the tenant itself says about the setting. An own value under an enforcing ancestor is kept
     * (it syncs and comes back if the ancestor stops enforcing) but does nothing, and the column says so.
     */
    String modeText() {
        return switch (ownMode) {
            case INHERIT -> "Inherit";
            case OVERRIDE -> locked() ? "Override (ignored)" : "Override";
            case ENFORCED -> locked() ? "Enforce (ignored)" : "Enforce";
        };
    }
}
