package dev.canopy.ui.common;

import dev.canopy.domain.tenant.TenantHierarchy;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.UUID;

/** What the technician is looking at: the tenant tree as last read, and the selected tenant. */
public interface TenantContext {

    /** Replaced (never mutated) after every applied command, undo, redo or reload. */
    ReadOnlyObjectProperty<TenantHierarchy> hierarchyProperty();

    ObjectProperty<UUID> selectedTenantProperty();

    default TenantHierarchy hierarchy() {
        return hierarchyProperty().get();
    }

    default UUID selectedTenant() {
        return selectedTenantProperty().get();
    }
}
