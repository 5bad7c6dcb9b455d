package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Maintenance sessions on a real H2 file: written by the sample, read newest first, counted, and kept with their computers. */
class SessionStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final RecordMeta META = RecordMeta.created(NOW, "seed");

    @TempDir
    Path folder;

    private LocalStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<UUID> allTenants() {
        return store.loadHierarchy().depthFirst().stream().map(n -> n.id()).toList();
    }

    private List<MaintenanceSession> all() {
        return store.fleet().sessions(SessionQuery.recent(allTenants(), Integer.MAX_VALUE));
    }

    private SampleGenerator.Summary sample() {
        store = LocalStore.open(folder, "alex", Clock.fixed(NOW, ZoneOffset.UTC));
        try (SampleWriter writer = store.sampleWriter()) {
            SampleGenerator.Summary summary = new SampleGenerator(3, NOW, "sample").generate("Northwind", 40, 400, writer);
            writer.commit();
            return summary;
        }
    }

    @Test
    void theSampleWritesEveryComputersHistoryAndReadsComeNewestFirst() {
        SampleGenerator.Summary summary = sample();
        List<MaintenanceSession> all = all();
        assertThat(all).hasSize(summary.sessions()).hasSizeGreaterThanOrEqualTo(3 * 400);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(MaintenanceSession::started).reversed());

        UUID tenant = all.get(0).tenantId();
        List<MaintenanceSession> three = store.fleet().recentSessions(List.of(tenant), 3);
        assertThat(three).hasSizeLessThanOrEqualTo(3).allSatisfy(s -> assertThat(s.tenantId()).isEqualTo(tenant));
        assertThat(three.get(0)).isEqualTo(all.stream().filter(s -> s.tenantId().equals(tenant)).findFirst().orElseThrow());

        List<MaintenanceSession> failed = store.fleet().sessions(SessionQuery.recent(allTenants(), 10_000).only(SessionStatus.FAILED));
        assertThat(failed).isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.FAILED));
        assertThat(failed).hasSize((int) all.stream().filter(s -> s.status() == SessionStatus.FAILED).count());
        assertThat(store.fleet().recentSessions(List.of(), 10)).isEmpty();
    }

    @Test
    void countsAreOfTheLastThirtyDaysByStatus() {
        sample();
        Map<SessionStatus, Long> expected = all().stream().filter(s -> !s.started().isBefore(NOW.minus(Duration.ofDays(30))))
                .collect(Collectors.groupingBy(MaintenanceSession::status, Collectors.counting()));
        Map<SessionStatus, Integer> counts = store.fleet().sessionCounts(allTenants());
        assertThat(counts).containsOnlyKeys(SessionStatus.values());
        for (SessionStatus status : SessionStatus.values()) {
            assertThat(counts.get(status).longValue()).as(status.name()).isEqualTo(expected.getOrDefault(status, 0L));
        }
        assertThat(counts.get(SessionStatus.SUCCEEDED)).isLessThan(all().size());  // older sessions are not counted
        assertThat(store.fleet().sessionCounts(List.of()).values()).containsOnly(0);
    }

    @Test
    void aQueryWithoutTenantsOrWithANonPositiveLimitIsRefusedByName() {
        assertThatThrownBy(() -> new SessionQuery(null, Set.of(), 5)).hasMessageStartingWith("tenantIds:");
        assertThatThrownBy(() -> SessionQuery.recent(List.of(UUID.randomUUID()), 0)).hasMessage("limit: at least 1 session, got 0");
    }

    @Test
    void theSchemaRefusesARunningSessionWithAFinishTime() throws Exception {
        sample();
        MaintenanceSession any = all().get(0);
        try (Connection c = store.dataSourceForTests().getConnection();
             var insert = c.prepareStatement("insert into maintenance_session (id, computer_id, started, finished, status,"
                     + " summary, version, updated_at, updated_by, deleted) values (random_uuid(), ?, ?, ?, 'RUNNING', '', 0, ?, 'x', false)")) {
            insert.setObject(1, any.computerId());
            insert.setObject(2, NOW.atOffset(ZoneOffset.UTC));
            insert.setObject(3, NOW.atOffset(ZoneOffset.UTC));
            insert.setObject(4, NOW.atOffset(ZoneOffset.UTC));
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("SESSION_FINISHED");
        }
    }

    private final UUID source = UUID.randomUUID();
    private final UUID target = UUID.randomUUID();
    private final UUID pc = UUID.randomUUID();
    private final UUID stays = UUID.randomUUID();

    /** Two clients: pc in source with two sessions, stays in target with one. */
    private void twoClients() {
        store = LocalStore.open(folder, "alex", Clock.fixed(NOW, ZoneOffset.UTC));
        UUID msp = UUID.randomUUID();
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(source, msp, "Acme Old", TenantKind.CLIENT));
            writer.tenant(tenant(target, msp, "Acme", TenantKind.CLIENT));
            writer.computer(computer(pc, source, "ACM-1"));
            writer.computer(computer(stays, target, "ACM-2"));
            writer.session(session(pc, source, SessionStatus.FAILED, 3));
            writer.session(session(pc, source, SessionStatus.SUCCEEDED, 10));
            writer.session(session(stays, target, SessionStatus.SUCCEEDED, 5));
            writer.commit();
        }
    }

    @Test
    void mergingTenantsTakesTheSessionsOfMovedComputersAlongAndUndoBringsThemBack() {
        twoClients();

        Command.Applied merged = store.execute(new MergeTenants(source, target, Map.of()));

        assertThat(store.fleet().recentSessions(List.of(source), 10)).isEmpty();
        assertThat(store.fleet().recentSessions(List.of(target), 10)).extracting(MaintenanceSession::computerId).containsExactly(pc, stays, pc);
        assertThat(store.fleet().sessionCounts(List.of(target))).containsEntry(SessionStatus.FAILED, 1).containsEntry(SessionStatus.SUCCEEDED, 2);

        store.execute(merged.inverse());
        assertThat(store.fleet().recentSessions(List.of(source), 10)).extracting(MaintenanceSession::computerId).containsExactly(pc, pc);
        assertThat(store.fleet().recentSessions(List.of(target), 10)).extracting(MaintenanceSession::computerId).containsExactly(stays);
    }

    @Test
    void aFolderOfSchema7KeepsEverySessionAndShowsItUnderItsComputersTenant() throws Exception {
        // schema 7 kept a copy of the tenant on each session; one that had gone stale must not count for its old tenant
        String url = "jdbc:h2:file:" + folder.resolve("canopy");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("7").load().migrate();
        UUID msp = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID now = UUID.randomUUID();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            var tenants = c.prepareStatement("insert into tenant (id, name, slug, kind, parent_id, description, time_zone, tags, active,"
                    + " version, updated_at, updated_by, deleted) values (?, ?, ?, ?, ?, '', '', '', true, 1, ?, 'seed', false)");
            Object[][] rows = {{msp, "Northwind", "MSP", null}, {before, "Acme Old", "CLIENT", msp}, {now, "Acme", "CLIENT", msp}};
            for (Object[] t : rows) {
                tenants.setObject(1, t[0]);
                tenants.setString(2, (String) t[1]);
                tenants.setString(3, t[1].toString().toLowerCase().replace(' ', '-'));
                tenants.setString(4, (String) t[2]);
                tenants.setObject(5, t[3]);
                tenants.setObject(6, NOW.atOffset(ZoneOffset.UTC));
                tenants.executeUpdate();
            }
            var computer = c.prepareStatement("insert into computer (id, name, tenant_id, serial_number, device_id, os, os_version, last_seen,"
                    + " primary_person_id, tags, version, updated_at, updated_by, deleted) values (?, 'ACM-1', ?, 'S1', 'D1', 'Windows 11 Pro', '',"
                    + " null, null, '', 1, ?, 'seed', false)");
            computer.setObject(1, pc);
            computer.setObject(2, now);
            computer.setObject(3, NOW.atOffset(ZoneOffset.UTC));
            computer.executeUpdate();
            var session = c.prepareStatement("insert into maintenance_session (id, computer_id, tenant_id, started, finished, status, summary,"
                    + " version, updated_at, updated_by, deleted) values (random_uuid(), ?, ?, ?, ?, 'FAILED', 'Update failed', 1, ?, 'seed', false)");
            session.setObject(1, pc);
            session.setObject(2, before);
            session.setObject(3, NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC));
            session.setObject(4, NOW.minusSeconds(3000).atOffset(ZoneOffset.UTC));
            session.setObject(5, NOW.atOffset(ZoneOffset.UTC));
            session.executeUpdate();
        }

        store = LocalStore.open(folder, "alex", Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(store.fleet().recentSessions(List.of(now), 10)).singleElement()
                .satisfies(s -> assertThat(s.computerId()).isEqualTo(pc))
                .satisfies(s -> assertThat(s.tenantId()).isEqualTo(now))
                .satisfies(s -> assertThat(s.summary()).isEqualTo("Update failed"));
        assertThat(store.fleet().recentSessions(List.of(before), 10)).isEmpty();
        assertThat(store.fleet().sessionCounts(List.of(now))).containsEntry(SessionStatus.FAILED, 1);
    }

    @Test
    void reassigningComputersTakesTheirSessionsAlong() {
        twoClients();

        store.execute(dev.canopy.domain.command.ReassignComputers.to(target, List.of(pc)));

        assertThat(store.fleet().recentSessions(List.of(source), 10)).isEmpty();
        assertThat(store.fleet().recentSessions(List.of(target), 10)).extracting(MaintenanceSession::tenantId).containsOnly(target).hasSize(3);
        assertThat(store.fleet().sessionCounts(List.of(target))).containsEntry(SessionStatus.FAILED, 1).containsEntry(SessionStatus.SUCCEEDED, 2);
    }

    @Test
    void aPulledComputerKeepsItsHistoryAndItsHistoryFollowsItsMove() throws Exception {
        sample();
        MaintenanceSession any = all().get(0);
        Computer computer = store.computersByIds(List.of(any.computerId()), true).get(0);
        UUID elsewhere = allTenants().stream().filter(t -> !t.equals(computer.tenantId())).findFirst().orElseThrow();
        Computer moved = new Computer(computer.id(), computer.name() + " (renamed)", elsewhere, computer.serialNumber(), computer.deviceId(),
                computer.os(), computer.osVersion(), computer.lastSeen(), null, computer.tags(), List.of(), new RecordMeta(9, NOW, "server", false));
        int before = (int) all().stream().filter(s -> s.computerId().equals(computer.id())).count();

        try (Connection c = store.dataSourceForTests().getConnection()) {
            StoredRecords.upsert(c, "computer", Json.MAPPER.convertValue(moved, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
        }

        Computer stored = store.computersByIds(List.of(computer.id()), true).get(0);
        assertThat(stored.name()).endsWith("(renamed)");
        assertThat(stored.tenantId()).isEqualTo(elsewhere);
        assertThat(stored.software()).isEmpty();
        assertThat(store.fleet().recentSessions(List.of(elsewhere), 10_000)).filteredOn(s -> s.computerId().equals(computer.id())).hasSize(before);
    }

    @Test
    void replacingTheLocalCopyLeavesNoSessions() {
        sample();
        store.close();
        SyncFixture f = new SyncFixture(folder);
        try {
            assertThat(f.store.fleet().sessions(SessionQuery.recent(f.store.loadHierarchy().depthFirst().stream().map(n -> n.id()).toList(), 10))).isNotEmpty();
            f.ledger.enableTracking(true);
            f.ledger.replaceLocalWithEmpty();
            assertThat(f.store.loadHierarchy().root()).isEmpty();
            UUID fresh = UUID.randomUUID();
            f.store.execute(new CreateTenant(fresh, null, "Northwind"));
            assertThat(f.store.fleet().recentSessions(List.of(fresh), 10)).isEmpty();
            assertThat(f.store.fleet().sessionCounts(List.of(fresh)).values()).containsOnly(0);
        } finally {
            f.store.close();
            store = null;
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }

    private static Computer computer(UUID id, UUID tenant, String name) {
        return new Computer(id, name, tenant, "S-" + name, "D-" + name, "Windows 11 Pro", "24H2", NOW, null, List.of(), List.of(), META);
    }

    private static MaintenanceSession session(UUID computer, UUID tenant, SessionStatus status, int daysAgo) {
        Instant started = NOW.minus(Duration.ofDays(daysAgo));
        return new MaintenanceSession(UUID.randomUUID(), computer, tenant, started, started.plus(Duration.ofMinutes(30)), status, "", META);
    }
}
