package dev.canopy.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encrypting the database of a closed store: round trip, wrong passphrase, change, remove, and a failed conversion. */
class StoreEncryptionTest extends NorthwindStore {

    private static final String PASSPHRASE = "correct horse battery";

    private static StoreKey key(String passphrase) {
        return StoreKey.of(passphrase.toCharArray());
    }

    private List<String> namesWith(StoreKey key) {
        try (LocalStore opened = LocalStore.open(folder, key)) {
            return opened.loadHierarchy().depthFirst().stream().map(t -> t.name()).sorted().toList();
        }
    }

    private void encrypt() {
        store.close();
        new StoreEncryption().change(folder, StoreKey.none(), key(PASSPHRASE), step -> { });
    }

    private String hashOfDatabase() throws Exception {
        byte[] bytes = Files.readAllBytes(folder.resolve("canopy.mv.db"));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void encryptedDatabaseOpensWithItsPassphraseAndHoldsTheSameTenants() throws Exception {
        store.close();
        List<String> before = namesWith(StoreKey.none());
        encrypt();

        assertThat(StoreEncryption.isEncrypted(folder)).isTrue();
        String file = new String(Files.readAllBytes(folder.resolve("canopy.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain("Northwind").doesNotContain("Acme Berlin");
        assertThat(namesWith(key(PASSPHRASE))).isEqualTo(before).contains("Northwind", "Acme", "Acme Berlin");
        try (LocalStore opened = LocalStore.open(folder, key(PASSPHRASE))) {
            assertThat(opened.encrypted()).isTrue();
        }
        assertThat(folder.resolve("encryption-staging")).doesNotExist();
    }

    @Test
    void withoutThePassphraseItAsksForOneAndWithAWrongOneItSaysSoAndChangesNothing() throws Exception {
        encrypt();
        String hash = hashOfDatabase();

        assertThatThrownBy(() -> LocalStore.open(folder)).isInstanceOf(PassphraseNeeded.class)
                .hasMessageContaining("is encrypted");
        assertThatThrownBy(() -> LocalStore.open(folder, key("not the passphrase"))).isInstanceOf(WrongPassphrase.class)
                .hasMessageContaining("does not open").hasMessageContaining("Nothing was changed");

        assertThat(hashOfDatabase()).isEqualTo(hash);
        assertThat(namesWith(key(PASSPHRASE))).contains("Northwind");  // and the folder lock was let go each time
    }

    @Test
    void changingThePassphraseLetsOnlyTheNewOneOpenIt() {
        encrypt();
        new StoreEncryption().change(folder, key(PASSPHRASE), key("a new passphrase"), step -> { });

        assertThatThrownBy(() -> LocalStore.open(folder, key(PASSPHRASE))).isInstanceOf(WrongPassphrase.class);
        assertThat(namesWith(key("a new passphrase"))).contains("Northwind", "Acme Berlin");
    }

    @Test
    void changingWithAWrongCurrentPassphraseIsRefusedAndChangesNothing() throws Exception {
        encrypt();
        String hash = hashOfDatabase();

        assertThatThrownBy(() -> new StoreEncryption().change(folder, key("wrong wrong wrong"), key("a new passphrase"), step -> { }))
                .isInstanceOf(WrongPassphrase.class);
        assertThat(hashOfDatabase()).isEqualTo(hash);
    }

    @Test
    void removingThePassphraseLeavesAPlainDatabase() {
        encrypt();
        new StoreEncryption().change(folder, key(PASSPHRASE), StoreKey.none(), step -> { });

        assertThat(StoreEncryption.isEncrypted(folder)).isFalse();
        try (LocalStore opened = LocalStore.open(folder)) {
            assertThat(opened.encrypted()).isFalse();
            assertThat(opened.loadHierarchy().size()).isEqualTo(3);
        }
    }

    @Test
    void aConversionThatFailsBeforeTheSwapLeavesTheOriginalReadable() throws Exception {
        String hash = hashOfDatabase0();
        StoreEncryption failing = new StoreEncryption(copy -> {
            throw new IllegalStateException("disk full");
        });

        assertThatThrownBy(() -> failing.change(folder, StoreKey.none(), key(PASSPHRASE), step -> { }))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not changed").hasMessageContaining("disk full");

        assertThat(hashOfDatabase()).isEqualTo(hash);
        assertThat(StoreEncryption.isEncrypted(folder)).isFalse();
        assertThat(namesWith(StoreKey.none())).contains("Northwind");
        assertThat(folder.resolve("encryption-staging")).doesNotExist();
    }

    /** The hash once the store is closed (an open store may still write). */
    private String hashOfDatabase0() throws Exception {
        store.close();
        return hashOfDatabase();
    }

    @Test
    void anOpenStoreCannotBeConverted() {
        assertThatThrownBy(() -> new StoreEncryption().change(folder, StoreKey.none(), key(PASSPHRASE), step -> { }))
                .isInstanceOf(StoreException.class).hasMessageContaining("Another Canopy is already using");
        store.close();
        assertThat(StoreEncryption.isEncrypted(folder)).isFalse();
    }

    @Test
    void aNewPassphraseMustBeLongEnoughAndTypedTheSameTwice() {
        assertThatThrownBy(() -> StoreKey.chosen("short".toCharArray(), "short".toCharArray()))
                .hasMessageContaining("at least " + StoreKey.MIN_LENGTH);
        assertThatThrownBy(() -> StoreKey.chosen("long enough one".toCharArray(), "long enough two".toCharArray()))
                .hasMessageContaining("differs");
        char[] typed = "long enough one".toCharArray();
        assertThat(StoreKey.chosen(typed, "long enough one".toCharArray()).present()).isTrue();
        assertThat(new String(typed)).isEqualTo("\0".repeat(15));  // wiped once used
    }
}
