package dev.canopy.store;

import org.h2.tools.ChangeFileEncryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Sets, changes or removes the passphrase of a closed store's database. The conversion works on a copy in a staging
 * folder beside the database; the copy replaces the file in one atomic move only after it opened with the new key and
 * held as many tenants as the original. A failure at any step leaves the original file as it was.
 */
public final class StoreEncryption {

    private static final String STAGING = "encryption-staging";

    private final Consumer<Path> beforeSwap;

    public StoreEncryption() {
        this(converted -> { });
    }

    /** With a look at the converted copy before it replaces the original (tests break a conversion here). */
    StoreEncryption(Consumer<Path> beforeSwap) {
        this.beforeSwap = beforeSwap;
    }

    /** Whether the database in a data folder is encrypted (false when there is none yet). */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(StoreFile.NAME + ".mv.db");
        return Files.exists(file) && StoreFile.isEncrypted(file);
    }

    /**
     * Re-encrypts the database in the folder from the current key to the next ({@link StoreKey#none()} on either side
     * for a plain file). The store must be closed (its folder lock is taken here). The keys stay the caller's to wipe.
     */
    public void change(Path folder, StoreKey current, StoreKey next, Consumer<String> progress) {
        if (!current.present() && !next.present()) {
            throw new StoreException("The database is not encrypted; there is no passphrase to remove.");
        }
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            StoreFile original = StoreFile.in(folder, current.copy());
            if (!Files.exists(original.file())) {
                throw new StoreException("There is no database in " + folder + " to encrypt yet.");
            }
            if (original.encrypted() != current.present()) {
                throw new StoreException("The database is not encrypted; set a passphrase instead of changing one.");
            }
            if (next.present()) {
                TreeSnapshot.discard(folder);  // the tree's names in plain text must not outlive the encryption
            }
            progress.accept("Checking the current passphrase…");
            long tenants = tenants(original);
            Path staging = folder.resolve(STAGING);
            try {
                removeStaging(staging);
                Files.createDirectories(staging);
                Path copy = staging.resolve(StoreFile.NAME + ".mv.db");
                progress.accept("Copying the database…");
                Files.copy(original.file(), copy);
                progress.accept(next.present() ? "Encrypting the copy…" : "Decrypting the copy…");
                convert(staging, current, next);
                progress.accept("Checking the converted copy…");
                long converted = tenants(StoreFile.at(folder, staging, next.copy()));
                if (converted != tenants) {
                    throw new StoreException("The converted copy holds " + converted + " tenants instead of " + tenants + ".");
                }
                beforeSwap.accept(copy);
                progress.accept("Replacing the database with the converted copy…");
                Files.move(copy, original.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | SQLException | RuntimeException e) {
                if (e instanceof PassphraseNeeded || e instanceof WrongPassphrase) {
                    throw (StoreException) e;
                }
                throw new StoreException("The encryption was not changed; the database is as it was. " + LocalStore.rootMessage(e), e);
            } finally {
                original.key().wipe();
                removeStaging(staging);
            }
        }
    }

    private static void convert(Path staging, StoreKey current, StoreKey next) throws SQLException {
        char[] decrypt = current.filePassword();
        char[] encrypt = next.filePassword();
        try {
            ChangeFileEncryption.execute(staging.toString(), StoreFile.NAME, "AES", decrypt, encrypt, true);
        } finally {
            wipe(decrypt);
            wipe(encrypt);
        }
    }

    /** Opens the file read-only and counts its tenants: proof the key opens it and the data is there. */
    private static long tenants(StoreFile file) {
        try (Connection connection = file.dataSource(";ACCESS_MODE_DATA=r;IFEXISTS=TRUE").getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from tenant")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw file.opening("Cannot read the database", e);
        } finally {
            file.key().wipe();
        }
    }

    private static void removeStaging(Path staging) {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot remove the staging folder " + staging + ": " + e.getMessage(), e);
        }
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
