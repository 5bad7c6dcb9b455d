package dev.canopy.ui.preferences;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.main.MainViewModel;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Tab;

/**
 * The Preferences tab (DESIGN.md §1, Preferences): the typed catalogue for the selected tenant,
 * grouped by area, with each setting's effective value and where it comes from, and an editor to
 * override, enforce or inherit it.
 */
public final class PreferencesTab extends Tab {

    private final PreferencesViewModel model;
    private final ChangeListener<Boolean> onShown;

    public PreferencesTab(MainViewModel main) {
        super("Preferences");
        setId("preferencesTab");
        setGraphic(AppIcon.PREFERENCES.view());
        model = new PreferencesViewModel(main);
        setContent(new PreferencesView(model));
        onShown = (obs, was, shown) -> model.setActive(shown);
        selectedProperty().addListener(onShown);
        model.setActive(isSelected());
    }

    /** Removes the listeners this tab added to the main model. */
    public void dispose() {
        selectedProperty().removeListener(onShown);
        model.dispose();
    }
}
