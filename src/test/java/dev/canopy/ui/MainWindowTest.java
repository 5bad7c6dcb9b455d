package dev.canopy.ui;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The main window, driven as a technician would: mouse, keyboard, drag and drop. */
class MainWindowTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
        store.execute(new CreateTenant(globex, msp, "Globex"));
    }

    @Test
    void showsTheTreeSortedByNameWithTheStatusBar() throws Exception {
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Globex");
        expand("Acme");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex");
        assertThat(robot.lookup("#syncStatus").queryAs(Label.class).getText()).isEqualTo("Local only");
        assertThat(robot.lookup("#dataFolderLabel").queryAs(Label.class).getText()).isEqualTo(folder.toString());
    }

    @Test
    void ctrlNCreatesATenantUnderTheSelectedOneAndEditsItsNameInPlace() throws Exception {
        robot.clickOn(cell("Acme"));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        settle();
        TextField editor = robot.lookup("#renameField").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo("New tenant");
        robot.write("Branch 2").type(KeyCode.ENTER);
        settle();

        TenantNode created = tenantNamed("Branch 2").orElseThrow();
        assertThat(created.parentId()).isEqualTo(acme);
        assertThat(created.kind()).isEqualTo(TenantKind.SUB);
        assertThat(visibleTenantNames()).containsSubsequence("Acme", "Acme Berlin", "Branch 2", "Globex");
        assertThat(model().current().tenant(created.id()).orElseThrow().name()).isEqualTo("Branch 2");
    }

    @Test
    void f2RenamesInPlaceAndUndoRedoFollowTheMenuLabel() throws Exception {
        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.F2);
        robot.write("Globex Corp").type(KeyCode.ENTER);
        settle();
        assertThat(model().current().tenant(globex).orElseThrow().name()).isEqualTo("Globex Corp");
        assertThat(visibleTenantNames()).contains("Globex Corp").doesNotContain("Globex");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo rename of Globex");

        robot.clickOn("#undoButton");
        settle();
        assertThat(model().current().tenant(globex).orElseThrow().name()).isEqualTo("Globex");
        assertThat(visibleTenantNames()).contains("Globex");
        assertThat(model().undoState().redoTextProperty().get()).isEqualTo("Redo rename of Globex");

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        settle();
        assertThat(model().current().tenant(globex).orElseThrow().name()).isEqualTo("Globex Corp");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(model().current().tenant(globex).orElseThrow().name()).isEqualTo("Globex");
        assertThat(robot.lookup("#redoButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aDuplicateSiblingNameIsRefusedWhileRenaming() throws Exception {
        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.F2);
        robot.write("acme").type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).contains("already named \"Acme\"");
        robot.type(KeyCode.ESCAPE);
        assertThat(model().current().tenant(globex).orElseThrow().name()).isEqualTo("Globex");
    }

    @Test
    void searchFiltersAsYouTypeKeepsAncestorsAndEscClears() throws Exception {
        robot.clickOn("#tenantSearch").write("berl");
        settle();
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin");
        assertThat(cell("Acme Berlin").getPseudoClassStates()).extracting(Object::toString).contains("match");
        assertThat(cell("Acme").getPseudoClassStates()).extracting(Object::toString).doesNotContain("match");

        robot.write("xyz");
        assertThat(robot.lookup(".empty-search").queryAs(Label.class).getText()).isEqualTo("No tenant matches \"berlxyz\"");

        robot.type(KeyCode.ESCAPE);
        assertThat(visibleTenantNames()).contains("Globex", "Acme");
    }

    @Test
    void draggingATenantOntoAnotherMovesItUnderIt() throws Exception {
        expand("Acme");
        robot.drag(cell("Globex")).dropTo(cell("Acme Berlin"));
        settle();
        assertThat(model().current().tenant(globex).orElseThrow().parentId()).isEqualTo(berlin);
        assertThat(model().current().tenant(globex).orElseThrow().kind()).isEqualTo(TenantKind.SUB);
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo move of Globex");

        robot.clickOn("#undoButton");
        settle();
        assertThat(model().current().tenant(globex).orElseThrow().parentId()).isEqualTo(msp);
        assertThat(model().current().tenant(globex).orElseThrow().kind()).isEqualTo(TenantKind.CLIENT);
    }

    @Test
    void draggingATenantUnderItsOwnDescendantIsRefusedWithTheReason() throws Exception {
        expand("Acme");
        robot.drag(cell("Acme")).dropTo(cell("Acme Berlin"));
        settle();
        assertThat(model().current().tenant(acme).orElseThrow().parentId()).isEqualTo(msp);
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText())
                .contains("\"Acme Berlin\" is inside \"Acme\"; a tenant cannot move under its own descendant.");
        assertThat(model().undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void deletingATenantThatOwnsOthersIsRefusedWithTheReason() throws Exception {
        robot.clickOn(cell("Acme"));
        robot.type(KeyCode.DELETE);
        Label content = robot.lookup("#errorDialog .content").queryAs(Label.class);
        assertThat(content.getText()).contains("\"Acme\" still owns 1 child tenant");
        robot.clickOn(robot.lookup("#errorDialog .button").queryButton());
        assertThat(tenantNamed("Acme")).isPresent();
    }

    @Test
    void deletingAnEmptyTenantAsksFirstAndUndoBringsItBack() throws Exception {
        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup("#deleteDialog .button").match(hasText("Delete")).queryButton());
        settle();
        assertThat(tenantNamed("Globex")).isEmpty();
        assertThat(model().current().tenant(globex).orElseThrow().deleted()).isTrue();
        assertThat(visibleTenantNames()).doesNotContain("Globex");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(visibleTenantNames()).contains("Globex");
    }

    @Test
    void theEditTabSavesFieldsAndShowsMessagesAtTheField() throws Exception {
        robot.clickOn(cell("Globex"));
        settle();
        robot.clickOn("#editTab");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#nameError").queryAs(Label.class).getText()).isEqualTo("Name is required.");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.write("Acme");
        assertThat(robot.lookup("#nameError").queryAs(Label.class).getText()).contains("already has a tenant named \"Acme\"");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Globex Industries");
        robot.clickOn("#tagsField").write("vip, manufacturing");
        robot.clickOn("#saveButton");
        settle();
        var saved = model().current().tenant(globex).orElseThrow();
        assertThat(saved.name()).isEqualTo("Globex Industries");
        assertThat(saved.tags()).containsExactly("vip", "manufacturing");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo edit of Globex Industries");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
