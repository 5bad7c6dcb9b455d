package dev.canopy.ui.palette;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;

/**
 * The menu bar's items as actions, in menu order: the one list the command palette runs from and the shortcut list
 * shows, so neither can drift from the menus. Read when asked, so an item's current text ("Undo rename of Acme") and
 * state are what the technician sees.
 */
public final class ActionCatalog {

    private ActionCatalog() {
    }

    public static List<PaletteAction> from(MenuBar bar) {
        List<PaletteAction> actions = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), bar, actions);
        }
        return actions;
    }

    private static void collect(Menu menu, String place, MenuBar bar, List<PaletteAction> actions) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            if (item instanceof Menu sub) {
                collect(sub, place + " › " + plain(sub.getText()), bar, actions);
                continue;
            }
            String keys = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
            actions.add(new PaletteAction(plain(item.getText()), place, keys,
                    () -> !item.isDisable() && !menu.isDisable() && !bar.isDisable(), item::fire));
        }
    }

    /** A menu text without its mnemonic marker: "_File" → "File". */
    static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
