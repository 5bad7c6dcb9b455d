package dev.canopy.ui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Who owns the open store and can swap it for a backup's copy: the main window's model (it closes, replaces and reopens it). */
@FunctionalInterface
public interface BackupRestorer {

    /** Replaces the local database with the backup's, in the background; callbacks on the FX thread. */
    void restore(Path backup, Runnable onRestored, Consumer<Throwable> onFailure);
}
