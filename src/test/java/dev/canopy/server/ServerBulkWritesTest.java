package dev.canopy.server;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk writes (an import's batched tenants and computers, a reassign's moves, their audit rows written over
 * arrays) applied by the server on H2 and on a real PostgreSQL, the same way.
 */
class ServerBulkWritesTest extends ServerDatabaseFixture {

    private static final MutationCodec CODEC = new MutationCodec();
    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-12-02T08:00:00Z"), "alex");
    private final Caller admin = new Caller(UUID.randomUUID(), "admin@northwind.example", Role.MSP_ADMIN, null);
    private final UUID msp = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anImportAndAReassignAreAppliedAndPulledWithTheirAuditTrail(String kind) {
        fresh(kind);
        ServerSync sync = new ServerSync(database.dataSource(), Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC));
        Tenant acme = new Tenant(UUID.randomUUID(), "Acme", "", TenantKind.CLIENT, msp, "", "", List.of(), true,
                List.of(new ExternalRef("ninjaone", "17")), META);
        Tenant berlin = new Tenant(UUID.randomUUID(), "Main Office", "", TenantKind.SUB, acme.id(), "", "", List.of(), true, List.of(), META);
        List<Computer> computers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            computers.add(new Computer(UUID.randomUUID(), "PC-" + i, berlin.id(), "SN" + i, "dev-" + i, "Windows 11 Pro", "23H2",
                    i == 0 ? null : Instant.parse("2026-11-30T08:15:00Z"), null, List.of("kiosk"), List.of(), META));
        }
        var pushed = sync.push(admin, new PushRequest("laptop-1", mutations(new CreateTenant(msp, null, "Northwind"),
                new ImportRecords("import of ninja.csv", List.of(acme, berlin), List.of(), computers),
                new ReassignComputers(List.of(new ReassignComputers.Group(acme.id(), List.of(computers.get(0).id(), computers.get(1).id()))))),
                false));
        assertThat(pushed.results()).extracting(MutationResult::status).containsOnly(MutationResult.APPLIED);

        PullResponse pull = sync.pull(admin, 0, 100);
        Map<String, Map<String, Object>> byName = pull.changes().stream().filter(c -> c.op().equals(Change.UPSERT))
                .collect(Collectors.toMap(c -> c.entity() + ":" + c.record().get("name"), Change::record, (a, b) -> b));
        assertThat(byName.get("computer:PC-0")).containsEntry("tenantId", acme.id().toString()).containsEntry("lastSeen", null);
        assertThat(byName.get("computer:PC-1")).containsEntry("tenantId", acme.id().toString()).containsEntry("osVersion", "23H2");
        assertThat(byName.get("computer:PC-2")).containsEntry("tenantId", berlin.id().toString()).containsEntry("tags", List.of("kiosk"));
        assertThat(byName.get("tenant:Main Office")).containsEntry("slug", "main-office");
        assertThat(auditRows(kind)).as("one audit row per tenant, computer and move").isEqualTo(1 + 2 + 3 + 2);
    }

    private long auditRows(String kind) {
        try (var connection = database.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("select count(*) from audit_entry")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(kind + ": " + e.getMessage(), e);
        }
    }

    private static List<Mutation> mutations(Command... commands) {
        List<Mutation> list = new ArrayList<>();
        long id = 1;
        for (Command command : commands) {
            list.add(new Mutation(id++, command.mutationName(), CODEC.argsOf(command), 0, null));
        }
        return list;
    }
}
