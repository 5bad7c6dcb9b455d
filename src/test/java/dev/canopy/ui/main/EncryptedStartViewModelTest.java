package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreKey;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting on an encrypted database: the window asks for the passphrase, says when it is wrong, and opens with the right one. */
class EncryptedStartViewModelTest {

    private static final String PASSPHRASE = "customer data laptop";

    @TempDir
    Path folder;

    private final UUID msp = UUID.randomUUID();
    private MainViewModel main;

    @BeforeEach
    void encryptedNorthwind() {
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(msp, null, "Northwind"));
        }
        new StoreEncryption().change(folder, StoreKey.none(), StoreKey.of(PASSPHRASE.toCharArray()), line -> { });
        main = new MainViewModel(folder, new ImmediateTaskExecutor(), OpenedStore::open);
    }

    @AfterEach
    void close() {
        main.close(() -> { });
    }

    @Test
    void asksForThePassphraseWithoutCallingItAFailure() {
        main.open();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.LOCKED);
        assertThat(main.failureProperty().get()).isEmpty();
        assertThat(main.current()).isNull();
        assertThat(main.editsReadyProperty().get()).isFalse();
    }

    @Test
    void aWrongPassphraseSaysSoAndAsksAgainThenTheRightOneOpensTheTree() {
        main.open();
        char[] wrong = "not the passphrase".toCharArray();
        main.unlock(wrong);

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.LOCKED);
        assertThat(main.failureProperty().get()).contains("does not open the database", "Nothing was changed");
        assertThat(new String(wrong)).isEqualTo("\0".repeat(wrong.length));

        main.unlock(PASSPHRASE.toCharArray());

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.selectedTenantProperty().get()).isEqualTo(msp);
        assertThat(main.editsReadyProperty().get()).isTrue();
        assertThat(main.encrypted()).isTrue();
    }

    @Test
    void anEmptyPassphraseIsNotTriedAtAll() {
        main.open();
        main.unlock(new char[0]);

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.LOCKED);
        assertThat(main.failureProperty().get()).contains("type the passphrase");
    }

    @Test
    void changingThePassphraseFromTheOpenWindowReopensWithTheNewOne() {
        main.open();
        main.unlock(PASSPHRASE.toCharArray());
        List<String> progress = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        boolean[] done = {false};

        main.changeEncryption(StoreKey.of(PASSPHRASE.toCharArray()), StoreKey.of("the next passphrase".toCharArray()),
                progress::add, () -> done[0] = true, failures::add);

        assertThat(failures).isEmpty();
        assertThat(done[0]).isTrue();
        assertThat(progress).contains("Encrypting the copy…", "Opening the database again…");
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.editsReadyProperty().get()).isTrue();
        main.close(() -> { });
        assertThat(StoreEncryption.isEncrypted(folder)).isTrue();
        try (LocalStore reopened = LocalStore.open(folder, StoreKey.of("the next passphrase".toCharArray()))) {
            assertThat(reopened.loadHierarchy().size()).isEqualTo(1);
        }
    }

    @Test
    void aWrongCurrentPassphraseInSettingsReopensWithTheOldKeyAndSaysSo() {
        main.open();
        main.unlock(PASSPHRASE.toCharArray());
        List<Throwable> failures = new ArrayList<>();

        main.changeEncryption(StoreKey.of("a wrong current one".toCharArray()), StoreKey.none(), line -> { }, () -> { }, failures::add);

        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("does not open"));
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.encrypted()).isTrue();
    }
}
