package dev.canopy.ui.schedules;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.LazyTab;
import javafx.scene.Node;

import java.time.Clock;

/**
 * The Schedules tab: the maintenance schedules that apply to the selected tenant (its own and those inherited
 * from ancestors) on the left, the open schedule's editor on the right.
 */
public final class SchedulesTab extends LazyTab {

    private final EditorServices main;
    private SchedulesViewModel model;

    public SchedulesTab(EditorServices main) {
        super("Schedules", "schedulesTab", AppIcon.SCHEDULES);
        this.main = main;
    }

    @Override
    protected Node build() {
        // The system clock in the technician's zone: previews show runs in it next to the schedule's own.
        model = new SchedulesViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), main.notices(),
                ComputerSource.of(main.store()), Clock.systemDefaultZone());
        SchedulesView view = new SchedulesView(model);
        model.load();  // after the view listens, so the list selects what the editor opens
        return view;
    }

    @Override
    protected void release() {
        model.dispose();
    }
}
