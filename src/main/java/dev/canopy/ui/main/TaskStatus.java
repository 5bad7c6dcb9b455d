package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.RunningTask;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The status bar's long-work part: the oldest running task's title, progress and current line,
 * a cancel button, and how many more are waiting. Hidden while no long work runs.
 */
final class TaskStatus extends HBox {

    private final ObservableList<RunningTask> tasks;
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label line = new Label();
    private final Label more = new Label();
    private final Button cancel = new Button(null, AppIcon.CANCEL.view());
    private final ListChangeListener<RunningTask> onChange = change -> showFirst();

    TaskStatus(ObservableList<RunningTask> tasks) {
        this.tasks = tasks;
        setId("taskStatus");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        title.setId("taskTitle");
        title.getStyleClass().add("text-bold");
        bar.setId("taskProgress");
        bar.setPrefWidth(120);
        bar.setMinWidth(120);
        line.setId("taskLine");
        line.setMinWidth(0);
        line.setMaxWidth(260);
        more.getStyleClass().add("text-muted");
        cancel.setId("cancelTaskButton");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setFocusTraversable(false);
        getChildren().addAll(title, bar, line, more, cancel);
        managedProperty().bind(visibleProperty());
        tasks.addListener(onChange);
        showFirst();
    }

    private void showFirst() {
        setVisible(!tasks.isEmpty());
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        line.textProperty().unbind();
        if (tasks.isEmpty()) {
            cancel.setOnAction(null);
            return;
        }
        RunningTask first = tasks.get(0);
        title.setText(first.title());
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> first.fractionProperty().get() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : first.fractionProperty().get(),
                first.fractionProperty()));
        line.textProperty().bind(first.lineProperty());
        more.setText(tasks.size() > 1 ? "+" + (tasks.size() - 1) + " more" : "");
        String what = "Cancel " + first.title().toLowerCase(java.util.Locale.ROOT);
        cancel.setTooltip(new Tooltip(what));
        cancel.setAccessibleText(what);  // the button shows only an icon
        cancel.setOnAction(e -> first.cancel());
    }

    void dispose() {
        tasks.removeListener(onChange);
    }
}
