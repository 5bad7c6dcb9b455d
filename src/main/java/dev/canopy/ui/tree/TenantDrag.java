package dev.canopy.ui.tree;

import javafx.scene.input.DataFormat;

/** The drag-and-drop formats of the tree: what is dragged is carried as ids, never as objects. */
public final class TenantDrag {

    /** The id of a dragged tenant. */
    public static final DataFormat TENANT_ID = new DataFormat("application/x-canopy-tenant-id");

    /** The ids of dragged computers, one per line. */
    public static final DataFormat COMPUTER_IDS = new DataFormat("application/x-canopy-computer-ids");

    /** The tenants the dragged computers come from, one id per line (to refuse a drop where they already are). */
    public static final DataFormat COMPUTER_TENANTS = new DataFormat("application/x-canopy-computer-tenants");

    private TenantDrag() {
    }
}
