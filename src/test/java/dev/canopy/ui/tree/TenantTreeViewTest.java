package dev.canopy.ui.tree;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant tree alone: sorting, opening branches, search, and renaming in place with the domain's refusals. */
@ExtendWith(ApplicationExtension.class)
class TenantTreeViewTest extends TreeViewFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @Start
    void start(Stage primary) {
        mount(this::seed);
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(UUID.randomUUID(), acme, "Acme Berlin"));
        store.execute(new CreateTenant(globex, msp, "Globex"));
    }

    private String storedName(UUID id) {
        return store().tenant(id).orElseThrow().name();
    }

    private TextField renameField() {
        return robot.lookup("#renameField").queryAs(TextField.class);
    }

    @Test
    void showsTenantsSortedByNameAndOpensABranchFromTheKeyboard() {
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Globex");
        robot.clickOn(cell("Acme")).type(KeyCode.RIGHT);
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex");
        assertThat(main.selectedTenant()).as("a click selects").isEqualTo(acme);
    }

    @Test
    void clickingARowsArrowOpensAndClosesItsBranchAndTheArrowFollows() {
        TenantDisclosure arrow = (TenantDisclosure) cell("Acme").getDisclosureNode();
        assertThat(arrow.open()).isFalse();

        robot.clickOn(arrow);
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex");
        assertThat(((TenantDisclosure) cell("Acme").getDisclosureNode()).open()).isTrue();
        assertThat(main.selectedTenant()).as("the arrow opens, it does not select").isNotEqualTo(acme);

        robot.clickOn(cell("Acme").getDisclosureNode());
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Globex");
        assertThat(((TenantDisclosure) cell("Acme").getDisclosureNode()).open()).isFalse();
    }

    @Test
    void renamingInPlaceToASiblingsNameIsRefusedWithTheDomainsMessage() {
        robot.clickOn(cell("Globex")).type(KeyCode.F2);
        robot.write("acme").type(KeyCode.ENTER);

        String taken = "\"Northwind\" already has a tenant named \"Acme\".";
        assertThat(explained).containsExactly(taken);
        TextField editor = renameField();
        assertThat(editor.getStyleClass()).as("the editor stays open, marked").contains("invalid");
        assertThat(editor.getTooltip().getText()).isEqualTo(taken);
        assertThat(main.undoState().canUndoProperty().get()).isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#renameField").tryQuery()).isEmpty();
        assertThat(storedName(globex)).isEqualTo("Globex");
        assertThat(visibleTenantNames()).contains("Globex");
    }

    @Test
    void renamingInPlaceToNothingIsRefused() {
        robot.clickOn(cell("Globex")).type(KeyCode.F2);
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(explained).containsExactly("Name is required.");
        assertThat(renameField().getTooltip().getText()).isEqualTo("Name is required.");
        robot.type(KeyCode.ESCAPE);
        assertThat(storedName(globex)).isEqualTo("Globex");
    }

    @Test
    void renamingInPlaceSavesTheNameAndKeepsOpenedBranchesOpen() {
        robot.clickOn(cell("Acme")).type(KeyCode.RIGHT);
        robot.clickOn(cell("Globex")).type(KeyCode.F2);
        robot.write("Globex Corp").type(KeyCode.ENTER);

        assertThat(storedName(globex)).isEqualTo("Globex Corp");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo rename of Globex");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex Corp");
        assertThat(explained).isEmpty();
    }

    @Test
    void escapeLeavesTheNameAsItWas() {
        robot.clickOn(cell("Globex")).type(KeyCode.F2);
        robot.write("Globex Corp").type(KeyCode.ESCAPE);
        assertThat(storedName(globex)).isEqualTo("Globex");
        assertThat(visibleTenantNames()).contains("Globex");
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void searchFiltersAsYouTypeKeepsAncestorsHighlightsMatchesAndEscClears() {
        robot.clickOn("#tenantSearch").write("berl");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin");
        assertThat(markedAsMatch("Acme Berlin")).isTrue();
        assertThat(markedAsMatch("Acme")).isFalse();

        robot.write("xyz");
        assertThat(robot.lookup(".empty-search").queryAs(Label.class).getText()).isEqualTo("No tenant matches \"berlxyz\"");

        robot.type(KeyCode.ESCAPE);
        assertThat(visibleTenantNames()).contains("Globex", "Acme");
    }

    @Test
    void aRightClickOpensTheMenuOfTheTenantUnderThePointerAtTheFirstClick() {
        requestMenu("Acme");  // the menu is made on the cell's first request: it must show at once
        assertThat(menuTexts()).contains("New tenant under \"Acme\"", "Rename", "Merge into…", "Delete…");
        robot.type(KeyCode.ESCAPE);
        requestMenu("Globex");
        assertThat(menuTexts()).contains("New tenant under \"Globex\"");
        robot.type(KeyCode.ESCAPE);
    }

    /** What a right click or the menu key sends the cell (Monocle's headless robot makes no such event of its own). */
    private void requestMenu(String name) {
        var target = cell(name);
        robot.interact(() -> {
            var at = target.localToScreen(target.getBoundsInLocal());
            target.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10, 10, at.getMinX() + 10, at.getMinY() + 10, false, null));
        });
    }

    private java.util.List<String> menuTexts() {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream()).map(javafx.scene.control.MenuItem::getText)
                .filter(java.util.Objects::nonNull).toList();
    }
}
