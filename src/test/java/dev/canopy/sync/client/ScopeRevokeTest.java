package dev.canopy.sync.client;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a technician scoped to one client hears when a computer leaves that client: a REVOKE, also when the computer
 * moved on again before the technician's next pull (found by the convergence property, seed -5530307).
 */
class ScopeRevokeTest {

    private static final MutationCodec CODEC = new MutationCodec();

    private InProcessServer server;
    private InProcessServerApi admin;
    private InProcessServerApi toni;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID initech = UUID.randomUUID();
    private final UUID pc = UUID.randomUUID();

    @BeforeEach
    void publish() throws Exception {
        server = new InProcessServer();
        admin = server.api(server.token("admin@team.example", null));
        admin.publish(new PublishRequest("setup", "first", 0, 1, List.of(
                WireRecords.published("tenant", WireRecords.tenant(msp, "Northwind", TenantKind.MSP, null)),
                WireRecords.published("tenant", WireRecords.tenant(acme, "Acme", TenantKind.CLIENT, msp)),
                WireRecords.published("tenant", WireRecords.tenant(globex, "Globex", TenantKind.CLIENT, msp)),
                WireRecords.published("tenant", WireRecords.tenant(initech, "Initech", TenantKind.CLIENT, msp)),
                WireRecords.published("person", new Person(UUID.randomUUID(), acme, "Toni", "toni@team.example", Role.TECHNICIAN, true, List.of(),
                        WireRecords.META)),
                WireRecords.published("computer", new Computer(pc, "PC-1", acme, "S1", "D1", "Windows 11 Pro", "24H2", null, null,
                        List.of(), List.of(), WireRecords.META)))));
        toni = server.api(server.token("toni@team.example", null));
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void aComputerMovedOutOfScopeIsRevokedEvenWhenItMovedOnBeforeThePull() throws Exception {
        PullResponse first = toni.pull("toni-laptop", 0, 1000);
        assertThat(first.changes()).extracting(Change::id).contains(pc);

        push(1, ReassignComputers.to(globex, List.of(pc)));
        push(2, ReassignComputers.to(initech, List.of(pc)));

        PullResponse next = toni.pull("toni-laptop", first.cursor(), 1000);
        assertThat(next.changes()).as("the computer left Acme; toni's copy must go").anySatisfy(change -> {
            assertThat(change.id()).isEqualTo(pc);
            assertThat(change.op()).isEqualTo(Change.REVOKE);
        });
    }

    @Test
    void aComputerMovedOutOfScopeOnceIsRevoked() throws Exception {
        PullResponse first = toni.pull("toni-laptop", 0, 1000);

        push(1, ReassignComputers.to(globex, List.of(pc)));

        PullResponse next = toni.pull("toni-laptop", first.cursor(), 1000);
        assertThat(next.changes()).extracting(Change::id, Change::op).contains(org.assertj.core.groups.Tuple.tuple(pc, Change.REVOKE));
    }

    private void push(long id, Command command) throws ServerCallFailed {
        admin.push(new PushRequest("admin-laptop", List.of(new Mutation(id, command.mutationName(), CODEC.argsOf(command), 0, null)), false));
    }
}
