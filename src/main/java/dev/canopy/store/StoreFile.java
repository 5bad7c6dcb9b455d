package dev.canopy.store;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The H2 database file in a data folder and how to connect to it: plain, or AES-encrypted with a {@link StoreKey}.
 * Whether it is encrypted is read from the file's first bytes (H2 starts an encrypted file with "H2encrypt"), so no
 * marker is kept beside it and a missing passphrase is told apart from a damaged file.
 */
final class StoreFile {

    static final String NAME = "canopy";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;
    private final Path dbFolder;
    private final StoreKey key;

    private StoreFile(Path folder, Path dbFolder, StoreKey key) {
        this.folder = folder;
        this.dbFolder = dbFolder;
        this.key = key;
    }

    /**
     * The database in a folder opened with a key: an encrypted file needs one ({@link PassphraseNeeded} otherwise); a
     * plain file ignores (and wipes) one given; a new database is encrypted when a key is given.
     */
    static StoreFile in(Path folder, StoreKey key) {
        return at(folder, folder, key);
    }

    /** The same for a copy in another folder (a conversion's staging copy); messages still name the data folder. */
    static StoreFile at(Path folder, Path dbFolder, StoreKey key) {
        Path file = dbFolder.resolve(NAME + ".mv.db");
        if (Files.exists(file)) {
            boolean encrypted = isEncrypted(file);
            if (encrypted && !key.present()) {
                throw new PassphraseNeeded(folder);
            }
            if (!encrypted && key.present()) {
                key.wipe();
                return new StoreFile(folder, dbFolder, StoreKey.none());
            }
        }
        return new StoreFile(folder, dbFolder, key);
    }

    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("Cannot read the database file " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return dbFolder.resolve(NAME + ".mv.db");
    }

    boolean encrypted() {
        return key.present();
    }

    StoreKey key() {
        return key;
    }

    String url(String options) {
        // audit entries (a CLOB each) up to 4 KB stay in their row: H2 otherwise moves any over 256 bytes to its LOB
        // store, which made the audit of a 100k-computer import cost more than the computers themselves
        return "jdbc:h2:file:" + dbFolder.resolve(NAME).toAbsolutePath() + ";MAX_LENGTH_INPLACE_LOB=4096"
                + (key.present() ? ";CIPHER=AES" : "") + options;
    }

    /** An unpooled source of connections with these URL options; the password goes in as characters, never a String. */
    JdbcDataSource dataSource(String options) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(options));
        source.setUser("sa");
        source.setPasswordChars(key.connectionPassword());
        return source;
    }

    /** What a failed first connection means for the technician: a wrong passphrase, or the error as it is. */
    StoreException opening(String doing, SQLException e) {
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 && key.present()) {
            return new WrongPassphrase(folder);
        }
        return new StoreException(doing + ": " + LocalStore.rootMessage(e), e);
    }
}
