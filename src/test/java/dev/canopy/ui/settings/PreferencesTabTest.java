package dev.canopy.ui.settings;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Preferences tab on the real window: override, inherit, enforce, refusal at the field, undo. */
class PreferencesTabTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
    }

    /** Finds the tenant with the tree's search, as a technician would, and opens its Preferences tab. */
    private void open(String tenant) throws Exception {
        robot.clickOn("#tenantSearch").push(KeyCode.CONTROL, KeyCode.A).write(tenant);
        robot.clickOn(cell(tenant));
        robot.clickOn("#preferencesTab");
        settle();
    }

    @SuppressWarnings("unchecked")
    private PreferenceRow row(String label) {
        TreeTableView<Object> table = robot.lookup("#preferenceTable").queryAs(TreeTableView.class);
        for (TreeItem<Object> area : table.getRoot().getChildren()) {
            for (TreeItem<Object> item : area.getChildren()) {
                if (item.getValue() instanceof PreferenceRow r && r.definition().label().equals(label)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + label);
    }

    private String promptLabel() {
        return dev.canopy.domain.preference.PreferenceCatalogue.standard().find("maintenance.promptTimeoutMinutes").orElseThrow().label();
    }

    /** Selects a setting's row, scrolling to it first. */
    @SuppressWarnings("unchecked")
    private void select(String label) throws Exception {
        TreeTableView<Object> table = robot.lookup("#preferenceTable").queryAs(TreeTableView.class);
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue() instanceof PreferenceRow r && r.definition().label().equals(label)) {
                    table.scrollTo(i);
                }
            }
        });
        robot.clickOn(label);
        settle();
    }

    @Test
    void overridingOnAClientIsInheritedBelowAndUndoable() throws Exception {
        open("Acme");
        assertThat(row(promptLabel()).source()).isEqualTo("Default");
        select(promptLabel());
        Spinner<?> spinner = robot.lookup("#settingValueField").queryAs(Spinner.class);
        robot.doubleClickOn(spinner.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("30");
        robot.clickOn("#overrideButton");
        settle();
        assertThat(row(promptLabel()).source()).isEqualTo("Set on this tenant");
        assertThat(row(promptLabel()).shownValue()).isEqualTo("30 minutes");

        open("Acme Berlin");
        assertThat(row(promptLabel()).source()).isEqualTo("Inherited from Acme");

        robot.clickOn("#undoButton");
        settle();
        assertThat(row(promptLabel()).source()).isEqualTo("Default");
    }

    @Test
    void anEnforcedAncestorValueLocksTheEditorWithTheReason() throws Exception {
        open("Northwind");
        select(promptLabel());
        Spinner<?> spinner = robot.lookup("#settingValueField").queryAs(Spinner.class);
        robot.doubleClickOn(spinner.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("15");
        robot.clickOn("#enforceButton");
        settle();
        assertThat(row(promptLabel()).source()).isEqualTo("Enforced here");

        open("Acme");
        assertThat(row(promptLabel()).source()).isEqualTo("Enforced by Northwind");
        select(promptLabel());
        assertThat(robot.lookup("#preferenceLocked").queryAs(Label.class).getText()).contains("Enforced by Northwind");
        assertThat(robot.lookup("#overrideButton").queryAs(Node.class).isDisabled()).isTrue();

        open("Northwind");
        select(promptLabel());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(msp);
        assertThat(row(promptLabel()).source()).isEqualTo("Enforced here");
        assertThat(robot.lookup("#inheritButton").queryAs(Node.class).isDisabled()).isFalse();
        robot.clickOn("#inheritButton");
        settle();
        assertThat(model().store().preferences()).isEmpty();
        open("Acme");
        assertThat(row(promptLabel()).source()).isEqualTo("Default");
    }

    @Test
    void aBadValueIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        open("Acme");
        String bcc = dev.canopy.domain.preference.PreferenceCatalogue.standard().find("session.emailBcc").orElseThrow().label();
        select(bcc);
        robot.clickOn("#settingValueField").write("bob@");
        robot.clickOn("#overrideButton");
        assertThat(robot.lookup("#preferenceError").queryAs(Label.class).getText()).contains("\"bob@\" is not a valid e-mail address");
        settle();
        assertThat(model().store().preferences()).isEmpty();
    }
}
