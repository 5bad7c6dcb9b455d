package dev.canopy.cli;

import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreException;
import dev.canopy.store.StoreKey;

import java.io.Console;
import java.nio.file.Path;

/**
 * Opens the local store for a subcommand. An encrypted database's passphrase comes from the environment variable
 * {@value #PASSPHRASE_VARIABLE}, else is asked on the terminal without echo; never from an option, where it would show
 * in the shell's history and the process list.
 */
final class CliStore {

    static final String PASSPHRASE_VARIABLE = "CANOPY_PASSPHRASE";

    private CliStore() {
    }

    static LocalStore open(Path folder) {
        if (!StoreEncryption.isEncrypted(folder)) {
            return LocalStore.open(folder);
        }
        return LocalStore.open(folder, passphrase(folder));
    }

    private static StoreKey passphrase(Path folder) {
        String given = System.getenv(PASSPHRASE_VARIABLE);
        if (given != null && !given.isEmpty()) {
            return StoreKey.of(given.toCharArray());
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Passphrase of the encrypted database in %s: ", folder);
            if (typed != null && typed.length > 0) {
                return StoreKey.of(typed);
            }
        }
        throw new StoreException("The database in " + folder + " is encrypted. Set " + PASSPHRASE_VARIABLE
                + " to its passphrase, or run the command in a terminal to be asked for it.");
    }
}
