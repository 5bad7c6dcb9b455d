package dev.canopy.ui.preferences;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.LazyTab;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * The Preferences tab (DESIGN.md §1, Preferences): the typed catalogue for the selected tenant,
 * grouped by area, with each setting's effective value and where it comes from, and an editor to
 * override, enforce or inherit it.
 */
public final class PreferencesTab extends LazyTab {

    private final EditorServices main;
    private PreferencesViewModel model;
    private PreferencesView view;
    private ChangeListener<Boolean> onShown;

    public PreferencesTab(EditorServices main) {
        super("Preferences", "preferencesTab", AppIcon.PREFERENCES);
        this.main = main;
    }

    @Override
    protected Node build() {
        model = new PreferencesViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), main.notices());
        view = new PreferencesView(model);
        onShown = (obs, was, shown) -> model.setActive(shown);
        selectedProperty().addListener(onShown);
        model.setActive(isSelected());
        return view;
    }

    @Override
    protected void release() {
        selectedProperty().removeListener(onShown);
        view.table().disposeColumnLayout();
        model.dispose();
    }
}
