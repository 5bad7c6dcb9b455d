package dev.canopy.store;

import java.nio.file.Path;

/** The passphrase given does not decrypt the database; nothing was opened or changed. */
public final class WrongPassphrase extends StoreException {

    public WrongPassphrase(Path folder) {
        super("That passphrase does not open the database in " + folder + ". Nothing was changed; try again.");
    }
}
