package dev.canopy.ui.palette;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command palette and the shortcut list in the running app, by keyboard only: Ctrl+K, type, Enter. Also that
 * the shortcut list holds every menu shortcut and that every icon-only button has a name for screen readers.
 */
@Tag("scenario")
class CommandPaletteTest extends AppTestSupport {

    private final PaletteSeed seed = new PaletteSeed();

    @BeforeEach
    void start() throws Exception {
        launch(seed::seed);
        robot.clickOn(cell("Northwind"));
    }

    private void openPalette() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitFor(() -> robot.lookup("#paletteField").tryQuery().map(Node::isFocused).orElse(false));
        // headless Monocle leaves keyboard focus with the main window until the new window is clicked
        robot.clickOn("#paletteField");
    }

    private List<String> paletteTitles() {
        ListView<PaletteItem> list = robot.lookup("#paletteList").queryListView();
        return list.getItems().stream().map(PaletteItem::title).toList();
    }

    @Test
    void ctrlKOpensThePaletteWithTheFocusInItsFieldAndEnterRunsTheActionTypedFor() throws Exception {
        openPalette();
        TextField field = robot.lookup("#paletteField").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(paletteTitles()).as("every action, to browse").contains("New tenant", "Keyboard shortcuts", "Command palette…");

        robot.write("keyboard sh");
        waitFor(() -> paletteTitles().equals(List.of("Keyboard shortcuts")));
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#paletteField").tryQuery()).as("the palette closed first").isEmpty();

        TableView<List<String>> table = robot.lookup("#shortcutTable").queryTableView();
        List<List<String>> listed = new ArrayList<>(table.getItems());
        for (MenuItem item : menuItems()) {
            if (item.getAccelerator() != null) {
                assertThat(listed).as(item.getText()).anySatisfy(row -> {
                    assertThat(row.get(1)).isEqualTo(item.getText());
                    assertThat(row.get(2)).isEqualTo(item.getAccelerator().getDisplayText());
                });
            }
        }
        assertThat(listed).contains(List.of("Help", "Command palette…", "Ctrl+K"), List.of("File", "New tenant", "Ctrl+N"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#shortcutsDialog").tryQuery().isEmpty());
    }

    @Test
    void typingATenantsNameAndEnterSelectsItInTheTreeEvenInsideAClosedBranch() throws Exception {
        openPalette();
        robot.write("acme berlin");
        waitFor(() -> !paletteTitles().isEmpty() && paletteTitles().get(0).equals("Acme Berlin"));
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(seed.berlin);
        TreeView<TenantNode> tree = robot.lookup("#tenantTree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("Acme Berlin");
        assertThat(tree.isFocused()).isTrue();
    }

    @Test
    void aComputerOpensOnItsTenantsComputersTabSelectedAndEscClosesWithoutRunning() throws Exception {
        openPalette();
        robot.write("zzz");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#paletteField").tryQuery().isEmpty());

        openPalette();
        robot.write("kiosk");
        waitFor(() -> paletteTitles().equals(List.of("BER-KIOSK-01")));
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(seed.berlin);
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("computersTab");
        TableView<Computer> table = robot.lookup("#computerTable").queryTableView();
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(seed.kiosk);
    }

    @Test
    void aPersonOpensOnTheUsersTabOfTheirTenant() throws Exception {
        openPalette();
        robot.write("lars");
        waitFor(() -> paletteTitles().equals(List.of("Lars Kim")));
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(seed.berlin);
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("usersTab");
        waitFor(() -> robot.lookup("#userTable").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#userFilter").queryAs(TextField.class).getText()).isEqualTo("lars@acme.example");
    }

    @Test
    void everyIconOnlyButtonOnEveryTabHasANameForScreenReaders() throws Exception {
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            settle();
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null) {
                    collectUnnamed(window.getScene().getRoot(), unnamed);
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    /** Buttons that show a graphic and no text, yet carry no accessible text: a screen reader would say only "button". */
    private static void collectUnnamed(Node node, List<String> unnamed) {
        if (node instanceof ButtonBase button && node.isVisible() && button.getGraphic() != null
                && (button.getText() == null || button.getText().isBlank())
                && (button.getAccessibleText() == null || button.getAccessibleText().isBlank())) {
            unnamed.add(button.getId() + " " + button.getStyleClass());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectUnnamed(child, unnamed));
        }
    }

    private List<MenuItem> menuItems() {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            items.addAll(menu.getItems());
        }
        assertThat(items).isNotEmpty();
        return items;
    }
}
