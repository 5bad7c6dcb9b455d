package dev.canopy.imports.entra;

/**
 * What an Entra import does with guest (B2B) accounts: leave them out, or import them marked, with
 * {@link PersonImportPlanner#GUEST_SUFFIX} after their name (see docs/imports.md for why a name suffix).
 */
public enum GuestMode {
    SKIP, MARK
}
