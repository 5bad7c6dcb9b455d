package dev.canopy.ui.schedules;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.LazyTab;
import dev.canopy.ui.common.EditorServices;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.time.Clock;
import java.util.Objects;

/**
 * The Schedules tab: the maintenance schedules that apply to the selected tenant (its own and those inherited
 * from ancestors) on the left, the open schedule's editor on the right.
 */
public final class SchedulesTab extends LazyTab {

    private final EditorServices main;
    private final ComputerSource computers;
    private final Clock clock;
    private SchedulesViewModel model;

    public SchedulesTab(EditorServices main) {
        this(main, ComputerSource.of(main), Clock.systemUTC());
    }

    SchedulesTab(EditorServices main, ComputerSource computers, Clock clock) {
        super("Schedules", "schedulesTab", AppIcon.SCHEDULES);
        this.main = main;
        this.computers = computers;
        this.clock = clock;
    }

    @Override
    protected Node build() {
        model = new SchedulesViewModel(main, computers, clock);
        ScheduleListPane list = new ScheduleListPane(model);
        ScheduleEditorView editor = new ScheduleEditorView(model);
        SplitPane split = new SplitPane(list, editor);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(list, false);
        split.getStyleClass().add("schedules-split");
        split.getStylesheets().add(Objects.requireNonNull(SchedulesTab.class.getResource("/dev/canopy/ui/schedules.css")).toExternalForm());
        model.load();
        return split;
    }

    @Override
    protected void release() {
        model.dispose();
    }
}
