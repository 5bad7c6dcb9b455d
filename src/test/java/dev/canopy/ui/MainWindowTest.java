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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * The whole window, driven as a technician would: the keyboard paths, drag and drop, and how the
 * tree, the menus, the Edit tab and the status bar are wired together. The tree's and the Edit tab's
 * own rules and texts are tested on their own (TenantTreeViewTest, TenantEditViewModelTest).
 */
@Tag("scenario")
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

    private String notice() {
        return robot.lookup("#statusNotice").queryAs(Label.class).getText();
    }

    @Test
    void ctrlNCreatesATenantUnderTheSelectedOneAndEditsItsNameInPlace() throws Exception {
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Globex");
        assertThat(robot.lookup("#syncStatus").queryAs(Label.class).getText()).isEqualTo("Local only");
        assertThat(robot.lookup("#dataFolderLabel").queryAs(Label.class).getText()).isEqualTo(folder.toString());

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
    void draggingATenantMovesItUnderTheTargetAndARefusedDropSaysWhy() throws Exception {
        expand("Acme");
        robot.drag(cell("Acme")).dropTo(cell("Acme Berlin"));
        settle();
        assertThat(model().current().tenant(acme).orElseThrow().parentId()).isEqualTo(msp);
        assertThat(notice()).contains("\"Acme Berlin\" is inside \"Acme\"; a tenant cannot move under its own descendant.");
        assertThat(model().undoState().canUndoProperty().get()).isFalse();

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
    void deleteRefusesATenantThatOwnsOthersAndDeletesAnEmptyOneAfterAskingAndCtrlZBringsItBack() throws Exception {
        robot.clickOn(cell("Acme"));
        robot.type(KeyCode.DELETE);
        Label content = robot.lookup("#errorDialog .content").queryAs(Label.class);
        assertThat(content.getText()).contains("\"Acme\" still owns 1 child tenant");
        robot.clickOn(robot.lookup("#errorDialog .button").queryButton());
        assertThat(tenantNamed("Acme")).isPresent();

        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup("#deleteDialog .button").match(hasText("_Delete")).queryButton());
        settle();
        assertThat(tenantNamed("Globex")).isEmpty();
        assertThat(model().current().tenant(globex).orElseThrow().deleted()).isTrue();
        assertThat(visibleTenantNames()).doesNotContain("Globex");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(visibleTenantNames()).contains("Globex");
    }

    @Test
    void withConfirmBeforeDeleteTurnedOffInSettingsADeleteHappensAtOnceAndUndoStillBringsItBack() throws Exception {
        dev.canopy.ui.common.DeleteConfirmation.ask(false);
        try {
            robot.clickOn(cell("Globex"));
            robot.type(KeyCode.DELETE);
            settle();
            assertThat(robot.lookup("#deleteDialog").tryQuery()).as("no question asked").isEmpty();
            assertThat(tenantNamed("Globex")).isEmpty();

            robot.push(KeyCode.CONTROL, KeyCode.Z);
            settle();
            assertThat(visibleTenantNames()).contains("Globex");
        } finally {
            dev.canopy.ui.common.DeleteConfirmation.ask(true);
        }
    }

    @Test
    void theEditTabEditsTheTenantSelectedInTheTreeAndTheTreeShowsTheSavedName() throws Exception {
        robot.clickOn(cell("Globex"));
        settle();
        robot.clickOn("#editTab");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Globex");
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("Globex Industries");
        robot.clickOn("#tagsField").write("vip, manufacturing");
        robot.clickOn("#saveButton");
        settle();
        var saved = model().current().tenant(globex).orElseThrow();
        assertThat(saved.name()).isEqualTo("Globex Industries");
        assertThat(saved.tags()).containsExactly("vip", "manufacturing");
        assertThat(visibleTenantNames()).contains("Globex Industries");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo edit of Globex Industries");
    }
}
