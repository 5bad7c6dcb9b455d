package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import syncs like any edit: pushed in parts small enough for the server's request limit, applied there with the
 * same rules and scope checks, pulled by the team; its undo removes it everywhere; one the server refuses is taken
 * back here whole, nothing of it left behind.
 */
class ImportSyncTest extends ScopedTeamTest {

    private static final RecordMeta NEW = RecordMeta.created(Instant.EPOCH, "import");

    /** A new site under a parent with computers in it, as an import of an RMM export makes them. */
    private static ImportRecords site(UUID parent, String name, int computers, String devicePrefix) {
        UUID site = UUID.randomUUID();
        Tenant tenant = new Tenant(site, name, "", TenantKind.SUB, parent, "", "", List.of(), true,
                List.of(new ExternalRef("datto-rmm", devicePrefix + "-site")), NEW);
        List<Computer> list = new ArrayList<>();
        for (int i = 0; i < computers; i++) {
            list.add(new Computer(UUID.randomUUID(), name.replace(' ', '-') + "-" + i, site, "SN" + devicePrefix + i, devicePrefix + "-" + i,
                    "Windows 11 Pro", "", Instant.parse("2026-11-30T10:00:00Z"), null, List.of(), List.of(), NEW));
        }
        return new ImportRecords("import of " + computers + " computers from test.csv", List.of(tenant), List.of(), list);
    }

    private static long computersOn(Map<String, Map<String, Object>> state) {
        return state.keySet().stream().filter(k -> k.startsWith("computer/")).count();
    }

    @Test
    void anImportLargerThanOnePushPartReachesTheServerAndItsUndoRemovesItThere() throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        UUID acme = ScopedTeam.tenant(admin, "Acme");
        long before = computersOn(team.server.liveState(admin.token));

        assertThat(admin.edit(site(acme, "Acme Munich", 2_500, "mun"))).isTrue();
        var outcome = admin.sync().orElseThrow();

        assertThat(outcome.applied()).as("a tenant part and two parts of computers").isEqualTo(3);
        assertThat(admin.ledger.conflicts()).isEmpty();
        var state = team.server.liveState(admin.token);
        assertThat(computersOn(state) - before).isEqualTo(2_500);
        assertThat(ConvergenceChecks.sameAsServer(admin, state)).isEmpty();
        team.toni.sync().orElseThrow();
        assertThat(ScopedTeam.tenant(team.toni, "Acme Munich")).as("Toni (Acme) pulls the new site").isNotNull();
        assertThat(team.toni.store.computers(List.of(ScopedTeam.tenant(team.toni, "Acme Munich")), false)).hasSize(2_500);

        assertThat(admin.undoLast()).isTrue();
        admin.sync().orElseThrow();
        team.toni.sync().orElseThrow();

        assertThat(computersOn(team.server.liveState(admin.token))).isEqualTo(before);
        assertThat(team.toni.store.loadHierarchy().depthFirst()).noneMatch(t -> t.name().equals("Acme Munich"));
        assertThat(ConvergenceChecks.sameAsServer(team.toni, team.server.liveState(team.toni.token))).isEmpty();
    }

    @Test
    void anImportTheServerRefusesIsTakenBackWholeAndShownAsRefused() throws Exception {
        team = new ScopedTeam(root);
        UUID acme = ScopedTeam.tenant(team.toni, "Acme");
        // the admin creates "Acme Munich" first; Toni, offline, imports a site of the same name under Acme
        assertThat(team.admin.edit(new CreateTenant(UUID.randomUUID(), ScopedTeam.tenant(team.admin, "Acme"), "Acme Munich"))).isTrue();
        team.admin.sync().orElseThrow();
        assertThat(team.toni.edit(site(acme, "Acme Munich", 3, "tmun"))).isTrue();

        team.toni.sync().orElseThrow();

        assertThat(team.toni.ledger.conflicts()).extracting(SyncConflict::kind).contains(SyncConflict.REJECTED);
        assertThat(team.toni.ledger.conflicts()).anyMatch(c -> c.reason().contains("already has a tenant named"));
        List<Computer> left = team.toni.store.computers(team.toni.store.loadHierarchy().depthFirst().stream().map(t -> t.id()).toList(), false);
        assertThat(left).as("the refused import's computers are gone").noneMatch(c -> c.deviceId().startsWith("tmun-"));
        assertThat(team.toni.store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals("Acme Munich")))
                .as("only the admin's Acme Munich").hasSize(1);
        assertThat(ConvergenceChecks.sameAsServer(team.toni, team.server.liveState(team.toni.token))).isEmpty();
    }
}
