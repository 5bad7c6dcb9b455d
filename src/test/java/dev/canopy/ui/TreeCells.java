package dev.canopy.ui;

import dev.canopy.domain.tenant.TenantNode;
import javafx.scene.control.TreeCell;
import org.testfx.api.FxRobot;

import java.util.Comparator;
import java.util.List;

/** Finds what the tenant tree shows, as a technician or a screen reader would: by the names its cells carry. */
public final class TreeCells {

    private TreeCells() {
    }

    /** The tree cell that shows a tenant, by the name it shows (also its accessible text). */
    @SuppressWarnings("unchecked")
    public static TreeCell<TenantNode> cell(FxRobot robot, String name) {
        return (TreeCell<TenantNode>) robot.lookup("#tenantTree .tree-cell")
                .match((TreeCell<TenantNode> c) -> !c.isEmpty() && c.getItem() != null && name.equals(c.getAccessibleText()))
                .query();
    }

    /** The tenant names the tree shows, top to bottom. */
    @SuppressWarnings("unchecked")
    public static List<String> visibleNames(FxRobot robot) {
        return robot.lookup("#tenantTree .tree-cell").queryAll().stream()
                .map(n -> (TreeCell<TenantNode>) n)
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible())
                .sorted(Comparator.comparingInt(TreeCell::getIndex))
                .map(c -> c.getItem().name()).distinct().toList();
    }
}
