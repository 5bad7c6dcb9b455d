package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.SettingDefinition;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drives the Preferences view as a technician does (click a setting's line, type, press a button)
 * and reads what it shows, for the component tests and the whole-app scenario alike.
 */
final class PreferencesViewDriver {

    /** Waits until what a click started has reached the view (at once on a same-thread executor). */
    @FunctionalInterface
    interface Settle {
        void run() throws Exception;
    }

    private final FxRobot robot;
    private final Settle settle;

    PreferencesViewDriver(FxRobot robot, Settle settle) {
        this.robot = robot;
        this.settle = settle;
    }

    PreferencesView view() {
        return robot.lookup(".preferences-view").queryAs(PreferencesView.class);
    }

    /** What the table shows on a setting's line, cell by cell (scrolled into view first). */
    List<String> shownLine(SettingDefinition setting) throws Exception {
        return cells(setting).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** The cells of a setting's line, left to right (scrolled into view first). */
    List<TreeTableCell<?, ?>> cells(SettingDefinition setting) throws Exception {
        scrollTo(setting);
        List<TreeTableCell<?, ?>> cells = new ArrayList<>();
        for (Node node : tableRow(setting).lookupAll(".tree-table-cell")) {
            cells.add((TreeTableCell<?, ?>) node);
        }
        cells.sort(Comparator.comparingDouble(Node::getLayoutX));
        return cells;
    }

    private TreeTableRow<?> tableRow(SettingDefinition setting) {
        return robot.lookup("#preferenceTable .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> r.getItem() instanceof PreferenceRow p && p.key().equals(setting.key()) && r.isVisible())
                .queryAs(TreeTableRow.class);
    }

    private void scrollTo(SettingDefinition setting) throws Exception {
        robot.interact(() -> view().table().scrollTo(Math.max(0, view().table().indexOf(setting.key()) - 2)));
        settle.run();
    }

    /** Clicks a setting's line, which opens its editor below the table. */
    void select(SettingDefinition setting) throws Exception {
        robot.clickOn(cells(setting).get(0));
        settle.run();
        if (!setting.label().equals(text("#preferenceTitle"))) {
            throw new AssertionError("the editor shows " + text("#preferenceTitle") + ", not " + setting.label());
        }
    }

    /**
     * Selects a setting's line through the table's selection, without the mouse: for tests about
     * what the editor does, where the click on the line is not the point (it costs a robot round trip).
     */
    void choose(SettingDefinition setting) throws Exception {
        robot.interact(() -> {
            PreferenceTable table = view().table();
            table.getSelectionModel().select(table.indexOf(setting.key()));
        });
        settle.run();
        if (!setting.label().equals(text("#preferenceTitle"))) {
            throw new AssertionError("the editor shows " + text("#preferenceTitle") + ", not " + setting.label());
        }
    }

    /**
     * Presses a button (Override, Enforce, Inherit, a step or Add button) as a click does, through
     * {@link ButtonBase#fire()}, which does nothing while it is disabled; then waits for the save.
     * A robot's mouse click costs about a third of a second and tests nothing more here.
     */
    void press(String buttonQuery) throws Exception {
        ButtonBase button = robot.lookup(buttonQuery).queryAs(ButtonBase.class);
        robot.interact(button::fire);
        settle.run();
    }

    /**
     * Replaces the text of a field at once, as a paste would: the field's listeners see one change.
     * For tests about what the view does with a value; {@link #retype} types it key by key.
     */
    void enter(String fieldQuery, String text) {
        TextInputControl field = robot.lookup(fieldQuery).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    /** Replaces the text of a field by typing. */
    void retype(String fieldQuery, String text) {
        TextField field = robot.lookup(fieldQuery).queryAs(TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    boolean disabled(String query) {
        return robot.lookup(query).query().isDisabled();
    }

    boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** True when the node is inside its scene: in sight, nothing cut off. */
    static boolean inSight(Node node) {
        var bounds = node.localToScene(node.getBoundsInLocal());
        var scene = node.getScene();
        return node.isVisible() && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() && bounds.getMaxY() <= scene.getHeight();
    }
}
