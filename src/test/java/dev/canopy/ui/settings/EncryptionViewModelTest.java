package dev.canopy.ui.settings;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreKey;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings' database encryption against the real main view model and a real store file. */
class EncryptionViewModelTest extends ViewModelFixture {

    private EncryptionViewModel encryption;

    @BeforeEach
    void openNorthwind() {
        open(store -> store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind")));
        encryption = new EncryptionViewModel(main::encrypted, main::changeEncryption, Runnable::run);
    }

    private static char[] chars(String text) {
        return text.toCharArray();
    }

    @Test
    void settingAPassphraseEncryptsTheFileAndSaysSo() {
        assertThat(encryption.encryptedProperty().get()).isFalse();

        assertThat(encryption.set(chars("a long passphrase"), chars("a long passphrase"))).isTrue();

        assertThat(encryption.problemProperty().get()).isEmpty();
        assertThat(encryption.statusProperty().get()).contains("now encrypted");
        assertThat(encryption.encryptedProperty().get()).isTrue();
        assertThat(encryption.busyProperty().get()).isFalse();
        assertThat(StoreEncryption.isEncrypted(folder)).isTrue();
        assertThat(main.hierarchy().size()).isEqualTo(1);  // the window goes on with the reopened store
    }

    @Test
    void aShortOrMistypedPassphraseIsRefusedByFieldAndNothingChanges() {
        assertThat(encryption.set(chars("short"), chars("short"))).isFalse();
        assertThat(encryption.problemProperty().get()).startsWith("New passphrase:").contains("at least 10");

        assertThat(encryption.set(chars("a long passphrase"), chars("a long passfrase"))).isFalse();
        assertThat(encryption.problemProperty().get()).startsWith("Repeat passphrase:");

        assertThat(StoreEncryption.isEncrypted(folder)).isFalse();
        assertThat(main.current()).isNotNull();
    }

    @Test
    void changeNeedsTheRightCurrentPassphraseAndRemoveMakesItPlainAgain() {
        encryption.set(chars("a long passphrase"), chars("a long passphrase"));

        assertThat(encryption.change(chars("not the current"), chars("another passphrase"), chars("another passphrase"))).isTrue();
        assertThat(encryption.problemProperty().get()).contains("does not open the database");
        assertThat(encryption.encryptedProperty().get()).isTrue();

        encryption.change(chars("a long passphrase"), chars("another passphrase"), chars("another passphrase"));
        assertThat(encryption.statusProperty().get()).contains("passphrase is changed");

        assertThat(encryption.remove(chars(""))).isFalse();
        assertThat(encryption.problemProperty().get()).startsWith("Current passphrase:");
        encryption.remove(chars("another passphrase"));
        assertThat(encryption.statusProperty().get()).contains("no longer encrypted");
        assertThat(encryption.encryptedProperty().get()).isFalse();
        main.close(() -> { });
        try (LocalStore plain = LocalStore.open(folder, StoreKey.none())) {
            assertThat(plain.encrypted()).isFalse();
            assertThat(plain.loadHierarchy().size()).isEqualTo(1);
        }
        main = null;
    }
}
