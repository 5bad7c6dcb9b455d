package dev.canopy.ui.palette;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One thing the technician can do from the menus: its name, the menu it sits in, its shortcut in words ("Ctrl+N",
 * empty when it has none), whether it can run now, and how to run it. The palette and the shortcut list read the
 * same actions the menu bar holds (see {@link ActionCatalog}).
 */
public record PaletteAction(String name, String menu, String shortcut, BooleanSupplier enabled, Runnable run) {

    public PaletteAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(menu, "menu");
        shortcut = shortcut == null ? "" : shortcut;
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(run, "run");
    }
}
