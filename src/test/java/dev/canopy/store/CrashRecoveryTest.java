package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.server.CanopyProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Canopy killed with SIGKILL in the middle of a large edit reopens to the state before it. The edit runs in its own
 * JVM ({@link CrashingEditMain}) on a copy of one seeded data folder: 10,000 computers, 1,000 people and three sites
 * under "Acme Old", two edits already waiting in the outbox, sync tracking on (so the edits also write shadows).
 * {@link CrashProbe} holds the edit's transaction open at a chosen row, early or with everything but the commit
 * written, and the test kills the process there; then the folder must open at once (the dead process's folder lock is
 * gone) and every table must hold exactly the rows it held before, and the same edit must then apply whole.
 */
class CrashRecoveryTest {

    private static final int COMPUTERS = 10_000;
    private static final int PEOPLE = 1_000;
    private static final int MOVED_BEFORE = 50;
    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    @TempDir
    static Path template;

    private static final UUID MSP = UUID.randomUUID();
    private static final UUID ACME_OLD = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID CONTOSO = UUID.randomUUID();
    private static Map<String, String> before;
    private static List<String> outboxBefore;

    @TempDir
    Path temp;
    /** The data folder the killed process used, in the test's own temporary folder (beside the process's output). */
    private Path folder;

    @BeforeAll
    static void seed() throws Exception {
        LocalStore store = LocalStore.open(template);
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(MSP, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(ACME_OLD, MSP, "Acme Old", TenantKind.CLIENT));
            writer.tenant(tenant(ACME, MSP, "Acme", TenantKind.CLIENT));
            for (String site : List.of("Berlin", "Hamburg", "Munich")) {
                writer.tenant(tenant(UUID.randomUUID(), ACME_OLD, site, TenantKind.SUB));
            }
            for (int i = 0; i < PEOPLE; i++) {
                writer.person(new Person(UUID.randomUUID(), ACME_OLD, "Person " + i, "person" + i + "@acme.example", null, true, List.of(), META));
            }
            for (int i = 0; i < COMPUTERS + MOVED_BEFORE; i++) {
                writer.computer(computer(ACME_OLD, "OLD-PC-" + i));
            }
            for (int i = 0; i < 20; i++) {
                writer.computer(computer(ACME, "ACM-PC-" + i));
            }
            writer.commit();
        }
        // a server is connected and two edits wait to be pushed: what a crash must leave as it was
        store.syncLedger().enableTracking(true);
        List<UUID> few = store.computers(List.of(ACME_OLD), false).stream().limit(MOVED_BEFORE).map(Computer::id).toList();
        store.execute(ReassignComputers.to(ACME, few));
        store.execute(new UpdateTenant(ACME, new TenantChanges(null, "merged from Acme Old next week", null, null, null)));
        outboxBefore = outboxNames(store);
        try (Connection connection = store.dataSourceForTests().getConnection()) {
            CrashProbe.install(connection);
            before = StoreFingerprint.of(connection);
        }
        store.closeAndCompact();
    }

    @Test
    void killedEarlyInAReassignOf10kComputersItReopensWithEveryComputerWhereItWas() throws Exception {
        assertKilledEditLeftNothing("audit_entry", 2_000, false, "reassign", ACME_OLD, ACME);
    }

    @Test
    void killedWhenTheReassignHadWrittenAllButItsCommitItReopensWithEveryComputerWhereItWas() throws Exception {
        // the last row of the transaction: the outbox names every computer the reassign touched
        assertKilledEditLeftNothing("outbox_touch", COMPUTERS, true, "reassign", ACME_OLD, ACME);
    }

    @Test
    void killedEarlyInAMergeItReopensWithTheSourceAndAllItHolds() throws Exception {
        assertKilledEditLeftNothing("audit_entry", PEOPLE / 2, false, "merge", ACME_OLD, ACME);
    }

    @Test
    void killedWhenTheMergeHadMovedEverythingItReopensWithTheSourceAndAllItHolds() throws Exception {
        assertKilledEditLeftNothing("outbox_mutation", 1, true, "merge", ACME_OLD, ACME);
    }

    @Test
    void killedBetweenTheOutboxPartsOfAnImportItReopensWithNoneOfThem() throws Exception {
        // an import is pushed in parts of 2,000 records, but written in one transaction: two parts written, four to go
        assertKilledEditLeftNothing("outbox_mutation", 3, true, "import", MSP, CONTOSO, "" + COMPUTERS);
    }

    @Test
    void killedAtFullSpeedInAReassignItReopensWithAllOrNothing() throws Exception {
        // no pause: the kill lands wherever the reassign (or the commit, or H2's writing of it) has got to
        copyOfTheSeed();
        String[] edit = edit("reassign", ACME_OLD, ACME);
        killWhenProbed("audit_entry", COMPUTERS / 2, false, edit);
        try (LocalStore store = LocalStore.open(folder)) {
            int left = store.computers(List.of(ACME_OLD), false).size();
            assertThat(left).as("computers still under Acme Old").isIn(0, COMPUTERS);
            if (left == COMPUTERS) {
                assertThat(fingerprint(store)).isEqualTo(before);
            } else {
                assertThat(store.computers(List.of(ACME), false)).hasSize(COMPUTERS + MOVED_BEFORE + 20);
                assertThat(outboxNames(store)).hasSize(outboxBefore.size() + 1).startsWith(outboxBefore.toArray(String[]::new));
                assertThat(store.outbox().get(outboxBefore.size()).name()).isEqualTo("computer.reassign");
            }
        }
    }

    /**
     * Kills the edit at the row, checks the reopened folder holds what it held before, and when asked runs the same edit
     * again in this JVM: it applies whole (the recovered file takes a 10k-row transaction like any other).
     */
    private void assertKilledEditLeftNothing(String table, long row, boolean thenAgain, String kind, Object... ids) throws Exception {
        copyOfTheSeed();
        String[] edit = edit(kind, ids);
        killWhenProbed(table, row, true, edit);
        try (LocalStore store = LocalStore.open(folder)) {
            assertThat(fingerprint(store)).as("every table as before the killed " + kind).isEqualTo(before);
            assertThat(store.computers(List.of(ACME_OLD), false)).hasSize(COMPUTERS);
            assertThat(store.computers(List.of(ACME), false)).hasSize(MOVED_BEFORE + 20);
            assertThat(store.loadHierarchy().node(ACME_OLD)).isPresent();
            assertThat(store.loadHierarchy().node(CONTOSO)).isEmpty();
            assertThat(outboxNames(store)).isEqualTo(outboxBefore);

            if (!thenAgain) {
                return;
            }
            Command again = CrashingEditMain.edit(store, edit);
            store.execute(again);
            UUID filled = kind.equals("import") ? CONTOSO : ACME;
            assertThat(store.computers(List.of(filled), false)).as("the same edit, run again, applies whole")
                    .hasSize(COMPUTERS + (kind.equals("import") ? 0 : MOVED_BEFORE + 20));
            assertThat(outboxNames(store)).hasSizeGreaterThan(outboxBefore.size());
        }
    }

    private void copyOfTheSeed() throws Exception {
        folder = Files.createDirectories(temp.resolve("data"));
        Files.copy(template.resolve("canopy.mv.db"), folder.resolve("canopy.mv.db"));
    }

    private String[] edit(String kind, Object... ids) {
        List<String> args = new ArrayList<>(List.of(kind, folder.toString()));
        for (Object id : ids) {
            args.add(id.toString());
        }
        return args.toArray(String[]::new);
    }

    /** Runs the edit in its own JVM and kills it (SIGKILL) once the probe saw the row written in the edit's transaction. */
    private void killWhenProbed(String table, long row, boolean pause, String... edit) throws Exception {
        CanopyProcess child = CanopyProcess.start("crashing-" + edit[0], temp, Map.of(),
                List.of("-Dcanopy.crash.table=" + table, "-Dcanopy.crash.row=" + row, "-Dcanopy.crash.pause=" + pause,
                        "-Dcanopy.crash.file=" + folder.resolve("canopy.mv.db")),
                CrashingEditMain.class.getName(), edit);
        String probed = child.awaitLine(CrashProbe.UNDER_WAY, Duration.ofSeconds(60));
        child.kill();
        if (pause) {
            assertThat(probed).as("the kill finds the open transaction's changes in the file").endsWith("in the file: true)");
        }
        assertThat(child.output()).as("killed before it finished").doesNotContain(CrashingEditMain.COMMITTED);
    }

    private static Map<String, String> fingerprint(LocalStore store) throws Exception {
        try (Connection connection = store.dataSourceForTests().getConnection()) {
            return StoreFingerprint.of(connection);
        }
    }

    private static List<String> outboxNames(LocalStore store) {
        return store.outbox().stream().map(m -> m.id() + " " + m.name()).toList();
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }

    private static Computer computer(UUID tenant, String name) {
        return new Computer(UUID.randomUUID(), name, tenant, "SN-" + name, "dev-" + name, "Windows 11 Pro", "24H2",
                Instant.parse("2026-11-30T08:00:00Z"), null, List.of(), List.of(), META);
    }
}
