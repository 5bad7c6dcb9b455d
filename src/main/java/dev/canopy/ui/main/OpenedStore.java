package dev.canopy.ui.main;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreKey;

import java.nio.file.Path;

/** An opened store with the tenant tree it held when opened: what the window needs to show anything. */
public record OpenedStore(LocalStore store, TenantHierarchy hierarchy) {

    /** Opens the store in the data folder and reads its tree; may run before the JavaFX toolkit is up. */
    public static OpenedStore open(Path folder) {
        return open(folder, StoreKey.none());
    }

    /** The same for an encrypted store, with its passphrase (which the store then keeps and wipes when closed). */
    public static OpenedStore open(Path folder, StoreKey key) {
        LocalStore store = LocalStore.open(folder, key);
        try {
            OpenedStore opened = new OpenedStore(store, store.loadHierarchy());
            store.snapshotTreeSoon();  // a start that found no snapshot, or a stale one, leaves a right one for the next
            return opened;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
