package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.util.List;

/** Finds and drives the Schedules view's controls as a technician would: for the component and scenario tests, and the screen tour. */
public final class SchedulesRobot {

    private final FxRobot robot;

    public SchedulesRobot(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    public ListCell<AppliedSchedule> cell(String name) {
        return (ListCell<AppliedSchedule>) robot.lookup("#scheduleList .schedule-cell").match((Node n) -> {
            ListCell<AppliedSchedule> c = (ListCell<AppliedSchedule>) n;
            return !c.isEmpty() && c.getItem() != null && c.getItem().schedule().name().equals(name);
        }).query();
    }

    /** The text of a cell's line, by its style class ("schedule-when", "schedule-detail"). */
    public static String line(Node cell, String styleClass) {
        return ((Label) cell.lookup("." + styleClass)).getText();
    }

    @SuppressWarnings("unchecked")
    public List<String> listedNames() {
        ListView<AppliedSchedule> list = robot.lookup("#scheduleList").queryAs(ListView.class);
        return list.getItems().stream().map(a -> a.schedule().name()).toList();
    }

    public String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Visible on screen: the node and its parent (a hidden row hides its field too). */
    public boolean shown(String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getParent().isVisible();
    }

    public boolean disabled(String id) {
        return robot.lookup(id).query().isDisabled();
    }

    public void replaceText(String id, String text) {
        reveal(id);
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    /** Scrolls the editor so the node is on screen. */
    public void reveal(String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            }
        });
    }

    public void choose(String comboId, String item) {
        reveal(comboId);
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node n) -> item.equals(((ListCell<?>) n).getText())).queryAs(Node.class));
    }

    /** Clicks a button of an open dialog, by its text. */
    public void answer(String dialogId, String button) {
        robot.clickOn(robot.lookup(dialogId + " .button").match((Node n) -> button.equals(((Button) n).getText())).queryAs(Node.class));
    }
}
