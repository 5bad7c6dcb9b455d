package dev.canopy.ui.sync;

import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.SyncAgent;

/**
 * Makes the sync agent for the store the window opened. Called once, on the edit lane right after the store opened
 * (never on the FX thread); null means this app has no sync and shows "Local only".
 */
@FunctionalInterface
public interface SyncAgentFactory {

    SyncAgent open(LocalStore store) throws Exception;

    SyncAgentFactory NONE = store -> null;
}
