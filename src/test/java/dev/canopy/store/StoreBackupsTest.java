package dev.canopy.store;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups of the open store: backup → change → restore gives the backed-up state; bad files change nothing; rotation. */
class StoreBackupsTest {

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    private LocalStore store;
    private final Instant start = Instant.parse("2026-12-01T09:00:00Z");

    @BeforeEach
    void sample() {
        store = LocalStore.open(folder, "alex", Clock.fixed(start, ZoneOffset.UTC));
        try (SampleWriter writer = store.sampleWriter()) {
            new SampleGenerator(3, start, "sample").generate("Northwind", 12, 150, writer);
            writer.commit();
        }
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<Computer> allComputers(LocalStore s) {
        TenantHierarchy tree = s.loadHierarchy();
        return s.computers(tree.depthFirst().stream().map(TenantNode::id).toList(), true).stream()
                .sorted(Comparator.comparing(Computer::id)).toList();
    }

    private List<TenantNode> tenants(LocalStore s) {
        return s.loadHierarchy().depthFirst().stream().sorted(Comparator.comparing(TenantNode::id)).toList();
    }

    @Test
    void aWatchedBackupReportsItsProgressToTheEndAndIsListed() {
        java.util.List<Double> fractions = new java.util.concurrent.CopyOnWriteArrayList<>();
        BackupInfo made = StoreBackups.backUp(store, BackupInfo.Kind.MANUAL, new BackupWatch() {
            @Override
            public void progress(double fraction, String line) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(fractions).anyMatch(f -> f > 0 && f < 0.75);  // the copy itself counted, not only its end
        assertThat(StoreBackups.list(folder)).extracting(BackupInfo::file).containsExactly(made.file());
    }

    @Test
    void aBackupCancelledWhileTheDatabaseIsCopiedStopsAndLeavesNoFile() throws IOException {
        boolean[] cancel = new boolean[1];
        double[] reached = new double[1];
        assertThatThrownBy(() -> StoreBackups.backUp(store, BackupInfo.Kind.MANUAL, new BackupWatch() {
            @Override
            public void progress(double fraction, String line) {
                reached[0] = Math.max(reached[0], fraction);
                cancel[0] = fraction > 0;  // the copy has begun
            }

            @Override
            public boolean cancelled() {
                return cancel[0];
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("cancelled");
        assertThat(reached[0]).isLessThan(0.75);  // it stopped during the copy, before checking it
        try (var left = java.nio.file.Files.list(StoreBackups.folderOf(folder))) {
            assertThat(left).isEmpty();
        }
        assertThat(StoreBackups.backUp(store, BackupInfo.Kind.MANUAL).tenants()).isEqualTo(store.loadHierarchy().size());  // the next one works
    }

    @Test
    void backupThenChangeThenRestoreGivesTheBackedUpState() {
        List<TenantNode> tenantsBefore = tenants(store);
        List<Computer> computersBefore = allComputers(store);
        BackupInfo backup = StoreBackups.backUp(store, BackupInfo.Kind.MANUAL);

        assertThat(backup.file()).exists().hasParent(folder.resolve("backups"));
        assertThat(backup.tenants()).isEqualTo(tenantsBefore.size());
        assertThat(backup.computers()).isEqualTo(computersBefore.size()).isEqualTo(150);
        assertThat(StoreBackups.read(backup.file())).isEqualTo(backup);

        TenantHierarchy tree = store.loadHierarchy();
        UUID root = tree.root().orElseThrow().id();
        UUID firstClient = tree.children(root).get(0).id();
        UUID secondClient = tree.children(root).get(1).id();
        store.execute(new UpdateTenant(firstClient, TenantChanges.rename("Renamed after the backup")));
        store.execute(new CreateTenant(UUID.randomUUID(), root, "Made after the backup"));
        List<UUID> moved = computersBefore.stream().filter(c -> !c.tenantId().equals(secondClient)).limit(20).map(Computer::id).toList();
        store.execute(ReassignComputers.to(secondClient, moved));
        assertThat(tenants(store)).isNotEqualTo(tenantsBefore);

        BackupRestore restore = BackupRestore.prepare(store, backup.file());
        store.close();
        store = restore.replace(LocalStore::open);

        assertThat(tenants(store)).isEqualTo(tenantsBefore);
        assertThat(allComputers(store)).isEqualTo(computersBefore);
        assertThat(folder.resolve(BackupRestore.BEFORE)).doesNotExist();
    }

    @Test
    void anEncryptedStoresBackupIsTheEncryptedFileAndRestoresWithItsPassphrase() {
        store.close();
        store = null;
        new StoreEncryption().change(folder, StoreKey.none(), StoreKey.of("a long passphrase".toCharArray()), step -> { });
        store = LocalStore.open(folder, StoreKey.of("a long passphrase".toCharArray()));
        List<TenantNode> tenantsBefore = tenants(store);
        BackupInfo backup = StoreBackups.backUp(store, BackupInfo.Kind.MANUAL);
        assertThat(backup.tenants()).isEqualTo(tenantsBefore.size());
        assertThat(backup.computers()).isEqualTo(150);

        store.execute(new CreateTenant(UUID.randomUUID(), store.loadHierarchy().root().orElseThrow().id(), "Made after the backup"));
        BackupRestore restore = BackupRestore.prepare(store, backup.file());
        store.close();
        store = restore.replace(f -> LocalStore.open(f, StoreKey.of("a long passphrase".toCharArray())));

        assertThat(tenants(store)).isEqualTo(tenantsBefore);
        assertThat(StoreEncryption.isEncrypted(folder)).as("the restored file is the encrypted copy").isTrue();
    }

    @Test
    void aNewEditAfterRestoreNeverReusesAMutationIdTheFolderHadGivenOut() {
        store.execute(new CreateTenant(UUID.randomUUID(), store.loadHierarchy().root().orElseThrow().id(), "Before the backup"));
        BackupInfo backup = StoreBackups.backUp(store, BackupInfo.Kind.MANUAL);
        UUID root = store.loadHierarchy().root().orElseThrow().id();
        for (int i = 0; i < 3; i++) {
            store.execute(new CreateTenant(UUID.randomUUID(), root, "After " + i));
        }
        long lastGivenOut = store.outbox().get(store.outbox().size() - 1).id();

        BackupRestore restore = BackupRestore.prepare(store, backup.file());
        store.close();
        store = restore.replace(LocalStore::open);
        assertThat(store.outbox()).hasSize(1);  // the backup's own outbox is what sync will push
        store.execute(new CreateTenant(UUID.randomUUID(), root, "After the restore"));

        assertThat(store.outbox().get(store.outbox().size() - 1).id()).isGreaterThan(lastGivenOut);
    }

    private void refusedAndNothingChanged(Path file, String expected) throws IOException {
        List<TenantNode> before = tenants(store);
        byte[] database = Files.readAllBytes(folder.resolve("canopy.mv.db"));
        assertThatThrownBy(() -> BackupRestore.prepare(store, file)).isInstanceOf(StoreException.class).hasMessageContaining(expected)
                .hasMessageContaining("Nothing was changed");
        assertThat(tenants(store)).isEqualTo(before);
        assertThat(Files.readAllBytes(folder.resolve("canopy.mv.db"))).isEqualTo(database);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path text = Files.writeString(elsewhere.resolve("notes.zip"), "just some text");
        refusedAndNothingChanged(text, "not a zip file");
    }

    @Test
    void aZipWithoutManifestOrDatabaseIsRefused() throws IOException {
        Path photos = zip("photos.zip", "holiday.jpg", "not a database");
        refusedAndNothingChanged(photos, "not a Canopy backup");
        Path noDatabase = zip("half.zip", StoreBackups.MANIFEST, manifest(7));
        refusedAndNothingChanged(noDatabase, "holds no database");
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws IOException {
        Path newer = zip("newer.zip", StoreBackups.MANIFEST, manifest(SchemaMigrator.LATEST + 1), StoreBackups.DATABASE, "a database from the future");
        refusedAndNothingChanged(newer, "newer Canopy (schema " + (SchemaMigrator.LATEST + 1));
    }

    @Test
    void aBackupThatCannotBeOpenedLeavesTheFolderAsItWas() throws IOException {
        Path broken = zip("broken.zip", StoreBackups.MANIFEST, manifest(SchemaMigrator.LATEST), StoreBackups.DATABASE, "not really H2");
        List<TenantNode> before = tenants(store);
        BackupRestore restore = BackupRestore.prepare(store, broken);
        store.close();
        store = null;

        assertThatThrownBy(() -> restore.replace(LocalStore::open)).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be opened").hasMessageContaining("as it was");

        store = LocalStore.open(folder);
        assertThat(tenants(store)).isEqualTo(before);
        assertThat(folder.resolve(BackupRestore.BEFORE)).doesNotExist();
    }

    @Test
    void dailyBackupsAreMadeOncePerDayAndTheLastSevenKeptManualOnesStay() {
        BackupInfo manual = StoreBackups.backUp(store, BackupInfo.Kind.MANUAL);
        store.close();
        dev.canopy.MutableClock clock = new dev.canopy.MutableClock(start.plus(Duration.ofHours(1)));
        store = LocalStore.open(folder, "alex", clock);
        assertThat(StoreBackups.dailyIfDue(store)).as("a manual backup an hour ago counts").isEmpty();
        Instant day = start.plus(Duration.ofHours(25));
        for (int i = 0; i < 9; i++) {
            clock.set(day.plus(Duration.ofDays(i)));
            assertThat(StoreBackups.dailyIfDue(store)).isPresent();
            clock.advance(Duration.ofHours(23));
            assertThat(StoreBackups.dailyIfDue(store)).as("later the same day").isEmpty();
        }

        List<BackupInfo> kept = StoreBackups.list(folder);
        List<BackupInfo> daily = kept.stream().filter(b -> b.kind() == BackupInfo.Kind.DAILY).toList();
        assertThat(daily).hasSize(StoreBackups.KEEP_DAILY);
        assertThat(daily.get(0).madeAt()).isEqualTo(day.plus(Duration.ofDays(8)));
        assertThat(daily.get(6).madeAt()).isEqualTo(day.plus(Duration.ofDays(2)));
        assertThat(kept).contains(manual).hasSize(StoreBackups.KEEP_DAILY + 1);
    }

    private static String manifest(int schema) {
        return "{\"format\":\"canopy-backup\",\"kind\":\"manual\",\"madeAt\":\"2026-11-30T10:00:00Z\",\"schema\":" + schema
                + ",\"tenants\":3,\"computers\":4}";
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = elsewhere.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
