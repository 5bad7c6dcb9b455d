package dev.canopy.ui.palette;

import dev.canopy.store.FoundRecord;

import java.util.UUID;

/** Where the window opens what the palette found. */
public interface PaletteTargets {

    /** Selects the tenant in the tree (its editors follow). */
    void openTenant(UUID tenantId);

    /** Opens the computer's tenant on its Computers tab, with the computer shown and selected. */
    void openComputer(FoundRecord computer);

    /** Opens the person's tenant on its Users tab, filtered to the person. */
    void openPerson(FoundRecord person);
}
