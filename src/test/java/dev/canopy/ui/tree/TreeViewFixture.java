package dev.canopy.ui.tree;

import dev.canopy.ui.ClosesWindows;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.TreeCells;
import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * For component tests of the tenant tree: the tree view alone in a stage, over the hierarchy and
 * selection of a real store (see {@link ViewModelFixture}). Renames and moves from the tree run as
 * real commands; what the tree explains to the technician is kept in {@link #explained}.
 */
@org.junit.jupiter.api.extension.ExtendWith(ClosesWindows.class)
abstract class TreeViewFixture extends ViewModelFixture {

    protected final FxRobot robot = new FxRobot();
    protected final List<String> explained = new ArrayList<>();
    protected final List<Throwable> refusals = new ArrayList<>();
    protected TenantTreeView treeView;

    /**
     * Call from the test's {@code @Start}: seeds and opens the store, then shows the tree in a window
     * of its own. The primary stage is left alone: the whole-app tests reuse it and would keep its size.
     */
    protected void mount(Consumer<LocalStore> seed) {
        open(seed);
        treeView = new TenantTreeView(main.hierarchyProperty(), main.selectedTenantProperty(), new CommandActions());
        Stage window = new Stage();
        window.setScene(new Scene(treeView, 360, 520));
        window.show();
    }

    /** Every test's edits from the tree were accepted; a test expecting a refusal checks the explanation instead. */
    @org.junit.jupiter.api.AfterEach
    void editsFromTheTreeWereAccepted() {
        org.assertj.core.api.Assertions.assertThat(refusals).isEmpty();
    }

    /** The tree cell that shows a tenant, by the name it shows (also its accessible text). */
    protected TreeCell<TenantNode> cell(String name) {
        return TreeCells.cell(robot, name);
    }

    /** Whether the tree marks the tenant's row as a search match (its name drawn bold). */
    protected boolean markedAsMatch(String name) {
        return ((TenantTreeCell) cell(name)).shownBold();
    }

    /** The tenant names the tree shows, top to bottom. */
    protected List<String> visibleTenantNames() {
        return TreeCells.visibleNames(robot);
    }

    private final class CommandActions implements TenantActions {

        @Override
        public void rename(UUID tenantId, String newName) {
            main.execute(new UpdateTenant(tenantId, TenantChanges.rename(newName)), applied -> { }, refusals::add);
        }

        @Override
        public void move(UUID tenantId, UUID newParentId) {
            main.execute(new UpdateTenant(tenantId, TenantChanges.move(newParentId)), applied -> { }, refusals::add);
        }

        @Override
        public void explain(String reason) {
            explained.add(reason);
        }

        @Override
        public void createUnder(UUID parentId) {
            throw new UnsupportedOperationException("not part of the tree's own behaviour");
        }

        @Override
        public void delete(UUID tenantId) {
            throw new UnsupportedOperationException("not part of the tree's own behaviour");
        }

        @Override
        public void merge(UUID sourceId) {
            throw new UnsupportedOperationException("not part of the tree's own behaviour");
        }

        @Override
        public void reassignComputers(List<UUID> computerIds, UUID tenantId) {
            throw new UnsupportedOperationException("not part of the tree's own behaviour");
        }
    }
}
