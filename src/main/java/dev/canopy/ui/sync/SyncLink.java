package dev.canopy.ui.sync;

import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.SyncAgent;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * The main window's link to sync: makes the agent when the store opens, hands the agent's callbacks to the FX
 * thread, and reloads the window's data when sync changed local records. Without a factory the window is Local only.
 */
public final class SyncLink implements SyncAccess {

    private static final Logger LOG = LoggerFactory.getLogger(SyncLink.class);

    private final SyncAgentFactory factory;
    private final Consumer<Runnable> fxThread;
    private final ReadOnlyObjectWrapper<SyncAgent> agent = new ReadOnlyObjectWrapper<>();
    private AutoCloseable localDataListener;

    public SyncLink(SyncAgentFactory factory, Consumer<Runnable> fxThread) {
        this.factory = factory;
        this.fxThread = fxThread;
    }

    /** No sync: the status bar shows "Local only" and nothing offers to connect. */
    public static SyncLink none() {
        return new SyncLink(SyncAgentFactory.NONE, Runnable::run);
    }

    /** The app's link: the agent's callbacks reach the FX thread through {@link Platform#runLater}. */
    public static SyncLink of(SyncAgentFactory factory) {
        return new SyncLink(factory, work -> {
            if (Platform.isFxApplicationThread()) {
                work.run();
            } else {
                Platform.runLater(work);
            }
        });
    }

    /**
     * Makes the agent (call on the edit lane, after the store opened). A factory that fails leaves the window Local
     * only rather than failing the whole window: the technician's data is still there to work on.
     */
    public SyncAgent open(LocalStore store) {
        try {
            return factory.open(store);
        } catch (Exception | LinkageError e) {
            LOG.error("Sync could not start; working Local only", e);
            return null;
        }
    }

    /** On the FX thread: shows the agent made by {@link #open}, and runs {@code reload} after each sync that changed local data. */
    public void attach(SyncAgent made, Runnable reload) {
        closeListener();
        agent.set(made);
        if (made != null) {
            localDataListener = made.onLocalDataChanged(() -> fxThread.accept(reload));
        }
    }

    @Override
    public ReadOnlyObjectProperty<SyncAgent> agentProperty() {
        return agent.getReadOnlyProperty();
    }

    @Override
    public void onFxThread(Runnable work) {
        fxThread.accept(work);
    }

    /** Stops listening; an agent that holds threads or files (the engine's schedule) is closed too. Call off the FX thread. */
    public void close() {
        closeListener();
        SyncAgent current = agent.get();
        if (current instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the sync agent failed", e);
            }
        }
    }

    private void closeListener() {
        if (localDataListener != null) {
            try {
                localDataListener.close();
            } catch (Exception e) {
                LOG.warn("Removing the sync listener failed", e);
            }
            localDataListener = null;
        }
    }
}
