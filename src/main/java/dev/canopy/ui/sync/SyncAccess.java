package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The window's sync agent as the sync views see it: null until the store opened, and for good when there is no sync. */
public interface SyncAccess {

    ReadOnlyObjectProperty<SyncAgent> agentProperty();

    default SyncAgent agent() {
        return agentProperty().get();
    }

    /** Hands work from the agent's threads (status, local data changed) to the FX thread. */
    void onFxThread(Runnable work);
}
