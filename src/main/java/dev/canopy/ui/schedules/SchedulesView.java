package dev.canopy.ui.schedules;

import javafx.scene.control.SplitPane;

import java.util.Objects;

/** The Schedules tab's content: the tenant's schedules on the left, the open schedule's editor on the right. */
final class SchedulesView extends SplitPane {

    SchedulesView(SchedulesViewModel model) {
        ScheduleListPane list = new ScheduleListPane(model);
        ScheduleEditorView editor = new ScheduleEditorView(model);
        getItems().addAll(list, editor);
        setDividerPositions(0.32);
        SplitPane.setResizableWithParent(list, false);
        getStyleClass().add("schedules-split");
        getStylesheets().add(Objects.requireNonNull(SchedulesView.class.getResource("/dev/canopy/ui/schedules.css")).toExternalForm());
    }
}
