package dev.canopy.ui.settings;

import dev.canopy.store.StoreKey;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Settings' "Database encryption" without its window: set, change or remove the passphrase of the open database.
 * A typed passphrase is checked here (length, typed twice) with a message naming the field; the conversion itself
 * runs in the background (the store closed meanwhile) with its steps shown, then a plain result. The typed
 * characters are wiped once handed over; nothing of them is kept.
 */
public final class EncryptionViewModel {

    /** Converts the open database from one key to another and opens it again (see MainViewModel.changeEncryption). */
    @FunctionalInterface
    public interface Converter {
        void change(StoreKey current, StoreKey next, Consumer<String> progress, Runnable onDone, Consumer<Throwable> onFailure);
    }

    public static final String RULE = "At least " + StoreKey.MIN_LENGTH + " characters. Without it the database cannot be"
            + " read: Canopy keeps no copy of it and cannot recover it.";

    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanSupplier isEncrypted;
    private final Converter converter;
    private final Executor fxThread;

    /** {@code fxThread} brings progress lines from the background to the FX thread. */
    public EncryptionViewModel(BooleanSupplier isEncrypted, Converter converter, Executor fxThread) {
        this.isEncrypted = isEncrypted;
        this.converter = converter;
        this.fxThread = fxThread;
        encrypted.set(isEncrypted.getAsBoolean());
    }

    /** Encrypts a plain database with a new passphrase (typed twice). */
    public boolean set(char[] next, char[] repeated) {
        return run("Encrypting the database…", "The database is now encrypted. Canopy asks for the passphrase at each start.",
                () -> StoreKey.none(), () -> StoreKey.chosen(next, repeated), next, repeated);
    }

    /** Re-encrypts with a new passphrase; the current one is needed. */
    public boolean change(char[] current, char[] next, char[] repeated) {
        return run("Changing the passphrase…", "The passphrase is changed. Canopy asks for the new one at each start.",
                () -> currentKey(current), () -> StoreKey.chosen(next, repeated), current, next, repeated);
    }

    /** Decrypts the database back to a plain file; the current passphrase is needed. */
    public boolean remove(char[] current) {
        return run("Removing the encryption…", "The database is no longer encrypted.",
                () -> currentKey(current), StoreKey::none, current);
    }

    private static StoreKey currentKey(char[] current) {
        if (current.length == 0) {
            throw new IllegalArgumentException("Current passphrase: type the passphrase the database is encrypted with.");
        }
        return StoreKey.of(current);
    }

    private interface KeyInput {
        StoreKey read();
    }

    /** Reads both keys (a refusal names its field and changes nothing), then converts in the background. */
    private boolean run(String doing, String result, KeyInput currentInput, KeyInput nextInput, char[]... typed) {
        if (busy.get()) {
            return false;
        }
        StoreKey current = null;
        StoreKey next = null;
        try {
            next = nextInput.read();
            current = currentInput.read();
        } catch (IllegalArgumentException refused) {
            if (next != null) {
                next.wipe();
            }
            problem.set(refused.getMessage());
            return false;
        } finally {
            for (char[] chars : typed) {
                Arrays.fill(chars, '\0');
            }
        }
        problem.set("");
        status.set(doing);
        busy.set(true);
        converter.change(current, next, line -> fxThread.execute(() -> status.set(line)), () -> {
            busy.set(false);
            encrypted.set(isEncrypted.getAsBoolean());
            fxThread.execute(() -> status.set(result));  // after any progress line still on its way
        }, failure -> {
            busy.set(false);
            encrypted.set(isEncrypted.getAsBoolean());
            fxThread.execute(() -> status.set(""));
            problem.set(failure.getMessage());
        });
        return true;
    }

    /** A new dialog starts without the refusal of the one before. */
    void clearProblem() {
        problem.set("");
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
