package dev.canopy.ui.common;

import dev.canopy.store.LocalStore;

/** The opened local store, for view models' reads; null until the data folder has been opened. */
@FunctionalInterface
public interface StoreAccess {

    LocalStore current();

    default boolean isOpen() {
        return current() != null;
    }
}
