package dev.canopy.ui.history;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.LazyTab;
import javafx.scene.Node;

/**
 * The History tab: who changed what and when, with before/after of the changed fields, for the
 * selected tenant or for all; filter by kind of record and date. Deleted tenants can be restored here.
 */
public final class HistoryTab extends LazyTab {

    private final EditorServices main;
    private HistoryViewModel model;
    private HistoryView view;

    public HistoryTab(EditorServices main) {
        super("History", "historyTab", AppIcon.HISTORY);
        this.main = main;
    }

    @Override
    protected Node build() {
        model = new HistoryViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), main.notices());
        view = new HistoryView(model);
        model.showingProperty().bind(selectedProperty());
        return view;
    }

    @Override
    protected void release() {
        view.dispose();
        model.showingProperty().unbind();
        model.dispose();
    }
}
