package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree's snapshot beside the database: what a start shows before H2 is open, kept up to date by every write. */
class TreeSnapshotTest {

    @TempDir
    Path folder;

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();

    /** Northwind › Acme (two computers, its own time zone) › Acme Berlin, written the way `canopy sample` writes. */
    private TenantHierarchy seedAndClose() {
        try (LocalStore store = LocalStore.open(folder)) {
            RecordMeta meta = RecordMeta.created(Instant.EPOCH, "seed");
            try (SampleWriter writer = store.sampleWriter()) {
                writer.tenant(new Tenant(msp, "Northwind", "northwind", TenantKind.MSP, null, "", "", List.of(), true, List.of(), meta));
                writer.tenant(new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "", "Europe/Berlin", List.of(), true, List.of(), meta));
                writer.tenant(new Tenant(berlin, "Acme Berlin", "acme-berlin", TenantKind.SUB, acme, "", "", List.of(), true, List.of(), meta));
                writer.computer(computer("ACME-1", meta));
                writer.computer(computer("ACME-2", meta));
                writer.commit();
            }
            return store.loadHierarchy();
        }
    }

    private Computer computer(String name, RecordMeta meta) {
        return new Computer(UUID.randomUUID(), name, acme, "S-" + name, "D-" + name, "Windows 11 Pro", "24H2", Instant.EPOCH, null,
                List.of(), List.of(), meta);
    }

    private TenantHierarchy snapshot() {
        return TreeSnapshot.read(folder).orElseThrow(() -> new AssertionError("no usable snapshot in " + folder));
    }

    private TenantHierarchy databaseTree() {
        try (LocalStore store = LocalStore.open(folder)) {
            return store.loadHierarchy();
        }
    }

    @Test
    void closingAfterWritesLeavesTheTreeWithNamesKindsZonesAndCountsForTheNextStart() {
        TenantHierarchy stored = seedAndClose();

        TenantHierarchy read = snapshot();

        assertThat(read.sameTenants(stored)).isTrue();
        assertThat(read.node(acme)).contains(new TenantNode(acme, msp, "Acme", TenantKind.CLIENT, "Europe/Berlin", 2));
        assertThat(read.root().map(TenantNode::name)).contains("Northwind");
        assertThat(read.subtreeComputers(msp)).isEqualTo(2);
        assertThat(read.children(acme)).extracting(TenantNode::name).containsExactly("Acme Berlin");
    }

    @Test
    void anEditIsInTheSnapshotWithinASecondOrTwoWhileTheStoreStaysOpen() throws Exception {
        seedAndClose();
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));
            long deadline = System.currentTimeMillis() + 5_000;
            while (!snapshot().node(acme).map(TenantNode::name).orElse("").equals("Acme Corp") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(snapshot().node(acme).map(TenantNode::name)).contains("Acme Corp");
            assertThat(snapshot().sameTenants(store.loadHierarchy())).isTrue();
        }
    }

    @Test
    void aWriteByAnotherRunOfCanopyShowsAsADifferenceFromAnOlderSnapshotAndLeavesAFreshOne() throws Exception {
        seedAndClose();
        byte[] older = Files.readAllBytes(folder.resolve(TreeSnapshot.FILE));

        // as `canopy import` or another window would: its own store, a command, closed
        try (LocalStore other = LocalStore.open(folder)) {
            other.execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"));
        }
        assertThat(snapshot().sameTenants(databaseTree())).isTrue();
        assertThat(snapshot().depthFirst()).extracting(TenantNode::name).contains("Globex");

        // the same write with the older file left behind (a run killed before it wrote): the start sees the difference
        Files.write(folder.resolve(TreeSnapshot.FILE), older);
        assertThat(snapshot().sameTenants(databaseTree())).isFalse();
    }

    @Test
    void aStartThatOpensTheStoreRewritesAStaleSnapshotWhenAsked() throws Exception {
        seedAndClose();
        byte[] older = Files.readAllBytes(folder.resolve(TreeSnapshot.FILE));
        try (LocalStore other = LocalStore.open(folder)) {
            other.execute(new UpdateTenant(berlin, TenantChanges.rename("Acme Munich")));
        }
        Files.write(folder.resolve(TreeSnapshot.FILE), older);

        try (LocalStore store = LocalStore.open(folder)) {
            store.loadHierarchy();
            store.snapshotTreeSoon();
        }

        assertThat(snapshot().node(berlin).map(TenantNode::name)).contains("Acme Munich");
    }

    @Test
    void aDamagedTruncatedOrForeignFileIsIgnored() throws Exception {
        seedAndClose();
        Path file = folder.resolve(TreeSnapshot.FILE);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;  // a name's letter changed: the checksum no longer matches
        Files.write(file, flipped);
        assertThat(TreeSnapshot.read(folder)).isEmpty();

        Files.write(file, Arrays.copyOf(good, good.length - 9));
        assertThat(TreeSnapshot.read(folder)).isEmpty();

        byte[] otherFormat = good.clone();
        otherFormat[7] = 9;  // format 9: written by a later version
        Files.write(file, otherFormat);
        assertThat(TreeSnapshot.read(folder)).isEmpty();

        Files.writeString(file, "{\"tenants\": []}");
        assertThat(TreeSnapshot.read(folder)).isEmpty();

        Files.write(file, good);
        assertThat(TreeSnapshot.read(folder)).isPresent();
    }

    @Test
    void noSnapshotWithoutTheDatabaseBesideIt() throws Exception {
        seedAndClose();
        Path elsewhere = Files.createDirectories(folder.resolve("moved"));
        Files.copy(folder.resolve(TreeSnapshot.FILE), elsewhere.resolve(TreeSnapshot.FILE));

        assertThat(TreeSnapshot.read(elsewhere)).isEmpty();
        assertThat(TreeSnapshot.read(folder.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void anEncryptedDatabaseKeepsNoSnapshotAndAPlainOneBesideItIsNeverRead() throws Exception {
        seedAndClose();
        assertThat(folder.resolve(TreeSnapshot.FILE)).exists();
        byte[] plain = Files.readAllBytes(folder.resolve(TreeSnapshot.FILE));

        new StoreEncryption().change(folder, StoreKey.none(), StoreKey.of("customer data laptop".toCharArray()), line -> { });
        assertThat(folder.resolve(TreeSnapshot.FILE)).doesNotExist();

        try (LocalStore store = LocalStore.open(folder, StoreKey.of("customer data laptop".toCharArray()))) {
            store.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));
            store.snapshotTreeSoon();
        }
        assertThat(folder.resolve(TreeSnapshot.FILE)).doesNotExist();

        Files.write(folder.resolve(TreeSnapshot.FILE), plain);  // e.g. copied back from an old backup of the folder
        assertThat(TreeSnapshot.read(folder)).isEqualTo(Optional.empty());
        try (LocalStore store = LocalStore.open(folder, StoreKey.of("customer data laptop".toCharArray()))) {
            assertThat(folder.resolve(TreeSnapshot.FILE)).doesNotExist();
        }
    }
}
