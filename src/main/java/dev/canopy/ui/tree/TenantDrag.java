package dev.canopy.ui.tree;

import javafx.scene.input.DataFormat;

/** The drag-and-drop formats of the tree: what is dragged is carried as ids, never as objects. */
public final class TenantDrag {

    /** The id of a dragged tenant. */
    public static final DataFormat TENANT_ID = new DataFormat("application/x-canopy-tenant-id");

    private TenantDrag() {
    }
}
