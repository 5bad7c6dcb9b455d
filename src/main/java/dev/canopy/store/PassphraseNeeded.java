package dev.canopy.store;

import java.nio.file.Path;

/** The database is encrypted and no passphrase was given; nothing was opened or changed. */
public final class PassphraseNeeded extends StoreException {

    public PassphraseNeeded(Path folder) {
        super("The database in " + folder + " is encrypted: its passphrase is needed to open it.");
    }
}
