package dev.canopy.ui.settings;

import dev.canopy.domain.preference.Effective;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;

/**
 * One setting as the selected tenant sees it.
 *
 * @param source    where the effective value comes from, in words ("Inherited from Acme")
 * @param lockedWhy why the tenant cannot change it (an ancestor enforces it), or null
 * @param ownMode   the tenant's own mode for it (INHERIT when it has no row)
 */
record PreferenceRow(SettingDefinition definition, Effective effective, String source, String lockedWhy, PreferenceMode ownMode) {

    String shownValue() {
        return definition.display(effective.value());
    }
}
