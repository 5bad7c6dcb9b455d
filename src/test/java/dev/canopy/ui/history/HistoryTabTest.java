package dev.canopy.ui.history;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.AuditRecord;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The History tab: what changed, by whom, with before/after; restoring a deleted tenant. */
class HistoryTabTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(globex, msp, "Globex"));
    }

    @SuppressWarnings("unchecked")
    private List<AuditRecord> rows() {
        return robot.lookup("#auditTable").queryAs(TableView.class).getItems();
    }

    @Test
    void showsATenantsChangesWithBeforeAndAfter() throws Exception {
        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.F2).write("Globex Corp").type(KeyCode.ENTER);
        settle();
        robot.clickOn("#historyTab");
        settle();
        assertThat(rows()).extracting(AuditRecord::action).containsExactly("tenant.update", "tenant.create");
        assertThat(ChangeSummary.of(rows().get(0).changes())).contains("name: Globex → Globex Corp");
        assertThat(robot.lookup("name: Globex → Globex Corp; slug: globex → globex-corp").tryQuery()).isPresent();

        ComboBox<String> kind = robot.lookup("#historyKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue("Computers"));
        settle();
        assertThat(rows()).isEmpty();
    }

    @Test
    void aDeletedTenantCanBeRestoredFromTheGlobalHistory() throws Exception {
        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup("#deleteDialog .button").match(hasText("Delete")).queryButton());
        settle();
        assertThat(tenantNamed("Globex")).isEmpty();

        robot.clickOn("#historyTab");
        ComboBox<String> scope = robot.lookup("#historyScope").queryAs(ComboBox.class);
        robot.interact(() -> scope.setValue("All tenants"));
        settle();
        assertThat(rows().get(0).action()).isEqualTo("tenant.delete");
        robot.clickOn(robot.lookup("#auditTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#restoreTenantButton");
        settle();
        assertThat(tenantNamed("Globex")).isPresent();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(globex);
    }
}
