package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.ui.common.AppIcon;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.UUID;
import java.util.function.Function;

/**
 * A schedule in the list: its name, its recurrence in words, its window and where it comes from. Inherited
 * schedules are greyed with their owner's name; disabled ones carry a badge, overlapping ones a warning.
 */
final class ScheduleCell extends ListCell<AppliedSchedule> {

    private static final PseudoClass INHERITED = PseudoClass.getPseudoClass("inherited");
    private static final PseudoClass DISABLED_SCHEDULE = PseudoClass.getPseudoClass("schedule-disabled");

    private final Function<UUID, String> tenantName;
    private final ObservableSet<UUID> overlapping;
    private final Label name = label("schedule-name");
    private final Label disabledBadge = label("schedule-badge");
    private final Label overlap = new Label(null, AppIcon.WARNING.view());
    private final Label inheritedIcon = new Label(null, AppIcon.LOCKED.view());
    private final Label when = label("schedule-when");
    private final Label detail = label("schedule-detail");
    private final VBox box;

    ScheduleCell(Function<UUID, String> tenantName, ObservableSet<UUID> overlapping) {
        this.tenantName = tenantName;
        this.overlapping = overlapping;
        getStyleClass().add("schedule-cell");
        disabledBadge.setText("Disabled");
        disabledBadge.setMinWidth(Region.USE_PREF_SIZE);
        overlap.getStyleClass().add("schedule-overlap");
        overlap.setTooltip(new Tooltip("Its maintenance window overlaps another schedule's"));
        inheritedIcon.getStyleClass().add("schedule-inherited-icon");
        inheritedIcon.setTooltip(new Tooltip("Inherited: edit it at the tenant it comes from"));
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(6, name, overlap, disabledBadge, inheritedIcon);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, top, when, detail);
        box.setMinWidth(0);
        box.setPrefWidth(1);
    }

    @Override
    protected void updateItem(AppliedSchedule item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            pseudoClassStateChanged(INHERITED, false);
            pseudoClassStateChanged(DISABLED_SCHEDULE, false);
            return;
        }
        MaintenanceSchedule s = item.schedule();
        name.setText(s.name());
        when.setText(ScheduleWording.when(s));
        detail.setText(ScheduleWording.detail(item, tenantName.apply(item.ownerTenantId())));
        show(disabledBadge, !s.enabled());
        show(overlap, overlapping.contains(s.id()));
        show(inheritedIcon, item.inherited());
        pseudoClassStateChanged(INHERITED, item.inherited());
        pseudoClassStateChanged(DISABLED_SCHEDULE, !s.enabled());
        setAccessibleText(s.name() + ", " + when.getText() + ", " + detail.getText() + (s.enabled() ? "" : ", disabled"));
        setGraphic(box);
    }

    private static void show(Label label, boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }
}
