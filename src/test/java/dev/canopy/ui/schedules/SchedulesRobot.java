package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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

    /** Puts text into a field at once, as a paste would: for tests about what follows the text rather than the typing. */
    public void enter(String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
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

    /** Picks the item a combo box shows with this text, as choosing it in its popup would. */
    @SuppressWarnings("unchecked")
    public void choose(String comboId, String item) {
        ComboBox<Object> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        Object value = combo.getItems().stream().filter(i -> item.equals(combo.getConverter().toString(i))).findFirst()
                .orElseThrow(() -> new AssertionError(comboId + " offers no \"" + item + "\""));
        robot.interact(() -> combo.getSelectionModel().select(value));
    }

    /** Clicks a button of an open dialog, by its text. */
    public void answer(String dialogId, String button) {
        robot.clickOn(robot.lookup(dialogId + " .button").match((Node n) -> button.equals(((Button) n).getText())).queryAs(Node.class));
    }
}
