package dev.canopy.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The passphrase a local database is encrypted with, held only in memory and wiped when done: never written to a
 * file, a log or a message. H2 splits its password at the first space ("file password, user password"), so the
 * file password is the passphrase's UTF-8 bytes in hex: a passphrase with spaces keeps all of its characters.
 */
public final class StoreKey {

    /** The shortest passphrase Settings accepts for a new encryption. */
    public static final int MIN_LENGTH = 10;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final char[] filePassword;  // null: no encryption

    private StoreKey(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /** No passphrase: the database is (or is to be) a plain file. */
    public static StoreKey none() {
        return new StoreKey(null);
    }

    /** The key for a passphrase typed to open a database; the given characters are wiped. */
    public static StoreKey of(char[] passphrase) {
        try {
            if (passphrase.length == 0) {
                throw new IllegalArgumentException("Passphrase: type the passphrase this database is encrypted with.");
            }
            return new StoreKey(hexOfUtf8(passphrase));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * The key for a new passphrase typed twice; refuses one shorter than {@link #MIN_LENGTH} or two that differ.
     * Both arrays are wiped.
     */
    public static StoreKey chosen(char[] passphrase, char[] repeated) {
        try {
            if (passphrase.length < MIN_LENGTH) {
                throw new IllegalArgumentException("New passphrase: at least " + MIN_LENGTH + " characters, please (it has "
                        + passphrase.length + ").");
            }
            if (!Arrays.equals(passphrase, repeated)) {
                throw new IllegalArgumentException("Repeat passphrase: it differs from the new passphrase.");
            }
            return of(passphrase.clone());
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    public boolean present() {
        return filePassword != null;
    }

    /** A copy with its own characters, for a holder that wipes its key at a different time. */
    public StoreKey copy() {
        return new StoreKey(filePassword == null ? null : filePassword.clone());
    }

    /** The file password alone (for H2's encryption tool), a fresh array; null when none. */
    char[] filePassword() {
        return filePassword == null ? null : filePassword.clone();
    }

    /** What H2 takes as the connection password: the file password, a space, the (empty) user password; a fresh array. */
    char[] connectionPassword() {
        if (filePassword == null) {
            return new char[0];
        }
        char[] both = Arrays.copyOf(filePassword, filePassword.length + 1);
        both[filePassword.length] = ' ';
        return both;
    }

    /** Overwrites the key in memory; after this it is as if no key was given. */
    public void wipe() {
        if (filePassword != null) {
            Arrays.fill(filePassword, '\0');
        }
    }

    private static char[] hexOfUtf8(char[] passphrase) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = HEX[b >>> 4];
            hex[i + 1] = HEX[b & 0xf];
        }
        Arrays.fill(bytes.array(), (byte) 0);
        return hex;
    }

    @Override
    public String toString() {
        return present() ? "StoreKey[passphrase]" : "StoreKey[none]";  // never the characters
    }
}
