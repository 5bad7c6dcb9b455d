package dev.canopy.cli;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreBackups;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** canopy backup and canopy restore FILE: a backup, a change, the restore gives the backed-up tree; a bad file exits 2. */
class BackupCommandTest extends SeededCli {

    private int tenants() {
        try (LocalStore store = LocalStore.open(folder)) {
            return store.loadHierarchy().size();
        }
    }

    @Test
    void backupThenChangeThenRestore() {
        int before = tenants();
        assertThat(Main.run("--data-dir", folder.toString(), "backup")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Backed up " + before + " tenants");
        Path backup = StoreBackups.list(folder).get(0).file();
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(UUID.randomUUID(), store.loadHierarchy().root().orElseThrow().id(), "After the backup"));
        }
        assertThat(tenants()).isEqualTo(before + 1);

        assertThat(Main.run("--data-dir", folder.toString(), "restore", backup.toString())).isZero();

        assertThat(tenants()).isEqualTo(before);
        assertThat(errText()).isEmpty();
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithExitCode2() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.zip"), "text");
        int before = tenants();

        assertThat(Main.run("--data-dir", folder.toString(), "restore", text.toString())).isEqualTo(2);

        assertThat(errText()).contains("notes.zip is not a Canopy backup (not a zip file). Nothing was changed.");
        assertThat(tenants()).isEqualTo(before);
    }
}
