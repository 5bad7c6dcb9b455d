package dev.canopy.ui.history;

import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The History tab's content alone on a real store: the table, the kind filter and the restore button. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest extends ViewModelFixture {

    private final HistorySeed seed = new HistorySeed();
    private final List<Throwable> refusals = new ArrayList<>();
    private HistoryViewModel model;

    @Start
    void start(Stage stage) {
        open(seed::seed);
        var s = services();
        s.commands().execute(new UpdateTenant(seed.acme, TenantChanges.rename("Acme Corp")), applied -> { }, refusals::add);
        s.commands().execute(new DeleteTenant(seed.globex), applied -> { }, refusals::add);
        model = new HistoryViewModel(s.tenants(), s.store(), s.tasks(), s.commands(), s.notices());
        model.scopeProperty().set(HistoryViewModel.Scope.ALL_TENANTS);
        model.showingProperty().set(true);
        stage.setScene(new Scene(new HistoryView(model), 1000, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static List<HistoryEntry> rows(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class).getItems();
    }

    @Test
    void theTableShowsEachChangeWithBeforeAndAfterAndTheKindFilterNarrowsIt(FxRobot robot) {
        assertThat(refusals).isEmpty();
        assertThat(robot.lookup("#auditTable").lookup("name: Acme → Acme Corp; slug: acme → acme-corp").tryQuery()).isPresent();

        robot.clickOn("#historyKind").clickOn("Computers");

        assertThat(robot.lookup("#historyKind").queryAs(ComboBox.class).getValue()).isEqualTo(HistoryViewModel.Kind.COMPUTERS);
        assertThat(rows(robot)).isEmpty();
    }

    @Test
    void restoreIsOfferedOnlyForADeletedTenantsEntryAndBringsItBack(FxRobot robot) {
        assertThat(refusals).isEmpty();
        Button restore = robot.lookup("#restoreTenantButton").queryButton();
        assertThat(rows(robot).get(0).action()).isEqualTo("tenant.delete");
        robot.clickOn(robot.lookup("#auditTable .table-row-cell").nth(1).queryAs(Node.class));
        assertThat(restore.isDisabled()).isTrue();

        robot.clickOn(robot.lookup("#auditTable .table-row-cell").nth(0).queryAs(Node.class));
        assertThat(restore.isDisabled()).isFalse();
        robot.clickOn(restore);

        assertThat(main.hierarchy().node(seed.globex)).isPresent();
        assertThat(main.selectedTenant()).isEqualTo(seed.globex);
        assertThat(rows(robot)).noneMatch(HistoryEntry::canRestore);
    }
}
