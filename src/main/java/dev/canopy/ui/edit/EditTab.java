package dev.canopy.ui.edit;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.LazyTab;
import javafx.scene.Node;

/**
 * The Edit tab. Its form ({@link TenantEditView}) is built when the tab is first shown; the form's model lives with
 * the window, which asks it about unsaved changes whenever the selection moves.
 */
public final class EditTab extends LazyTab {

    private final TenantEditViewModel model;
    private TenantEditView view;

    public EditTab(TenantEditViewModel model) {
        super("Edit", "editTab", AppIcon.RENAME);
        this.model = model;
    }

    @Override
    protected Node build() {
        view = new TenantEditView(model);
        return view;
    }

    @Override
    protected void release() {
        view.dispose();
    }
}
