package dev.canopy.ui.computers;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.LazyTab;
import javafx.scene.Node;

import java.util.UUID;

/** The Computers tab; its page ({@link ComputersView}) is built when the tab is first shown. */
public final class ComputersTab extends LazyTab {

    private final EditorServices main;
    private ComputersView view;

    public ComputersTab(EditorServices main) {
        super("Computers", "computersTab", AppIcon.COMPUTERS);
        this.main = main;
    }

    @Override
    protected Node build() {
        view = new ComputersView(main);
        return view;
    }

    /** Opens these computers in the tab (a number on the overview points here). */
    public void showOnly(ComputerShortlist list) {
        bringForward();
        view.showOnly(list);
    }

    /**
     * Opens one computer: the tab shows only it (until "Show all") and selects it once its tenant's computers have
     * loaded (the command palette found it).
     */
    public void showComputer(UUID id, String name) {
        bringForward();
        view.showComputer(id, name);
    }

    @Override
    protected void release() {
        view.dispose();
    }
}
