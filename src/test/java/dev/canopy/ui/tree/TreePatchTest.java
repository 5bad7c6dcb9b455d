package dev.canopy.ui.tree;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit is patched into the tree that is shown rather than rebuilt: what the technician opened stays
 * open, the moved branch goes along with its own open children, and every count and name on screen is
 * the new one.
 */
@ExtendWith(ApplicationExtension.class)
class TreePatchTest extends TreeViewFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID berlinLab = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @Start
    void start(Stage primary) {
        mount(this::seed);
    }

    private void seed(LocalStore store) {
        RecordMeta meta = RecordMeta.created(Instant.EPOCH, "seed");
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, "Northwind", TenantKind.MSP, null, meta));
            writer.tenant(tenant(acme, "Acme", TenantKind.CLIENT, msp, meta));
            writer.tenant(tenant(berlin, "Acme Berlin", TenantKind.SUB, acme, meta));
            writer.tenant(tenant(berlinLab, "Berlin Lab", TenantKind.SUB, berlin, meta));
            writer.tenant(tenant(globex, "Globex", TenantKind.CLIENT, msp, meta));
            for (int i = 0; i < 3; i++) {
                UUID id = UUID.randomUUID();
                writer.computer(new Computer(id, "LAB-" + i, berlinLab, "S-" + i, "D-" + i, "Windows 11 Pro", "24H2", Instant.EPOCH,
                        null, List.of(), List.of(), meta));
            }
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, String name, TenantKind kind, UUID parent, RecordMeta meta) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), meta);
    }

    private void run(dev.canopy.domain.command.Command command) {
        robot.interact(() -> main.execute(command, applied -> { }, refusals::add));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String countShownFor(String name) {
        return ((TenantTreeCell) cell(name)).shownCount();
    }

    private void openAll() {
        robot.interact(() -> expandAll(treeView.tree().getRoot()));
    }

    private static void expandAll(TreeItem<TenantNode> item) {
        item.setExpanded(true);
        item.getChildren().forEach(TreePatchTest::expandAll);
    }

    @Test
    void aMovedBranchKeepsItsOpenChildrenAndEveryCountOnItsWayIsRedrawn() {
        openAll();
        TreeItem<TenantNode> rootBefore = treeView.tree().getRoot();
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Berlin Lab", "Globex");
        assertThat(countShownFor("Acme")).isEqualTo("3");

        run(new UpdateTenant(berlin, TenantChanges.move(globex)));

        assertThat(treeView.tree().getRoot()).as("patched, not rebuilt").isSameAs(rootBefore);
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Globex", "Acme Berlin", "Berlin Lab");
        assertThat(countShownFor("Globex")).isEqualTo("3");
        assertThat(countShownFor("Acme")).as("Acme has no computers left: no count").isEmpty();
        assertThat(countShownFor("Northwind")).isEqualTo("3");
    }

    @Test
    void hoveringARowWithComputersSaysHowManyAreThereAndBelow() throws Exception {
        openAll();
        robot.moveTo(cell("Acme Berlin")).moveBy(4, 0);  // resting on the row, as a hand does after reaching it
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".tooltip").match(javafx.scene.control.Label.class::isInstance).tryQuery().isPresent());

        assertThat(robot.lookup(".tooltip").match(javafx.scene.control.Label.class::isInstance).queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("0 computers here, 3 including sub-tenants");
    }

    @Test
    void computersReassignedElsewhereRedrawTheTotalsOfEveryTenantAboveBothEnds() {
        openAll();
        List<UUID> lab = store().computers(List.of(berlinLab), false).stream().map(Computer::id).toList();
        run(dev.canopy.domain.command.ReassignComputers.to(globex, lab));
        assertThat(countShownFor("Globex")).isEqualTo("3");
        for (String emptied : List.of("Acme", "Acme Berlin", "Berlin Lab")) {
            assertThat(countShownFor(emptied)).as(emptied + " has no computers left: no count").isEmpty();
        }
    }

    @Test
    void aRenameResortsTheSiblingsAndADeleteRemovesTheTenant() {
        openAll();
        run(new UpdateTenant(acme, TenantChanges.rename("Zenith")));
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Globex", "Zenith", "Acme Berlin", "Berlin Lab");

        run(new DeleteTenant(globex));
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Zenith", "Acme Berlin", "Berlin Lab");
    }

    @Test
    void aTenantMovedUnderOneThatWasNeverOpenedShowsWhenThatOneOpens() {
        // Globex has never been opened, so it has no child items yet; it must still get its arrow and child
        run(new UpdateTenant(berlinLab, TenantChanges.move(globex)));
        openAll();
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex", "Berlin Lab");
        assertThat(main.selectedTenant()).isEqualTo(msp);
    }
}
