package dev.canopy.ui.overview;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.LazyTab;
import dev.canopy.ui.common.PeopleShortlist;
import javafx.scene.Node;

import java.util.function.Consumer;

/** The Overview tab; its page ({@link OverviewView}) is built when the tab is first shown. */
public final class OverviewTab extends LazyTab {

    private final EditorServices main;
    private final Consumer<ComputerShortlist> openComputers;
    private final Consumer<PeopleShortlist> openPeople;
    private OverviewView view;

    public OverviewTab(EditorServices main, Consumer<ComputerShortlist> openComputers, Consumer<PeopleShortlist> openPeople) {
        super("Overview", "overviewTab", AppIcon.OVERVIEW);
        this.main = main;
        this.openComputers = openComputers;
        this.openPeople = openPeople;
    }

    @Override
    protected Node build() {
        view = new OverviewView(main, openComputers, openPeople, selectedProperty());
        return view;
    }

    @Override
    protected void release() {
        view.dispose();
    }
}
