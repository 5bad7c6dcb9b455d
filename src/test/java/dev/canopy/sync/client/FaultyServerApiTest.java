package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import dev.canopy.domain.command.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The test network against the real server: each fault does what its name says, and the server's idempotent push
 * (mutation ids stored per client) makes every one of them harmless: a lost answer, a duplicate or a stale copy
 * arriving late applies nothing twice.
 */
class FaultyServerApiTest {

    private static final MutationCodec CODEC = new MutationCodec();
    private static final double YES = 0.0;
    private static final double NO = 0.99;
    private static final double RATE = 0.5;

    private InProcessServer server;
    private InProcessServerApi admin;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final Deque<Double> script = new ArrayDeque<>();
    /** Answers the fault decisions in the order the test scripts them, then "no fault". */
    private final Random scripted = new Random() {
        @Override
        public double nextDouble() {
            return script.isEmpty() ? NO : script.poll();
        }
    };

    @BeforeEach
    void publishARoot() throws Exception {
        server = new InProcessServer();
        admin = server.api(server.token("admin@team.example", null));
        admin.publish(new PublishRequest("setup", "first", 0, 1,
                List.of(WireRecords.published("tenant", WireRecords.tenant(msp, "Northwind", TenantKind.MSP, null)))));
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void aLostRequestNeverReachesTheServer() {
        FaultyServerApi network = new FaultyServerApi(admin, decisions(NO, YES), RATE);

        assertThatThrownBy(() -> network.push(push(1, new CreateTenant(acme, msp, "Acme"))))
                .isInstanceOfSatisfying(ServerCallFailed.class, failed -> assertThat(failed.retryable()).isTrue());
        assertThat(server.storedStatus("laptop", 1)).isEmpty();
        assertThat(tenants()).isEqualTo(1);
    }

    @Test
    void anAnswerLostAfterTheCommitIsRetriedAndTheCreateMakesOneTenant() throws Exception {
        FaultyServerApi network = new FaultyServerApi(admin, decisions(NO, NO, NO, YES), RATE);
        PushRequest create = push(1, new CreateTenant(acme, msp, "Acme"));

        assertThatThrownBy(() -> network.push(create)).isInstanceOf(ServerCallFailed.class);
        assertThat(server.storedStatus("laptop", 1)).as("the server committed before the answer was lost").contains("APPLIED");

        PushResponse retried = network.push(create);
        assertThat(retried.results()).extracting(r -> r.status()).containsExactly("APPLIED");
        assertThat(tenants()).isEqualTo(2);
    }

    @Test
    void aDuplicatedPushGivesTheStoredAnswerTheSecondTime() throws Exception {
        FaultyServerApi network = new FaultyServerApi(admin, decisions(NO, NO, YES, NO), RATE);

        PushResponse answer = network.push(push(1, new CreateTenant(acme, msp, "Acme")));

        assertThat(network.counts()).containsEntry(FaultyServerApi.Fault.DUPLICATED, 1);
        assertThat(answer.results()).extracting(r -> r.status()).containsExactly("APPLIED");
        assertThat(tenants()).isEqualTo(2);
    }

    @Test
    void aStaleCopyArrivingAfterANewerEditUndoesNothing() throws Exception {
        // held on the first push; replayed just before the second one
        FaultyServerApi network = new FaultyServerApi(admin, decisions(YES, NO, NO, NO, NO, YES, NO, NO, NO), RATE);
        network.push(push(1, new CreateTenant(acme, msp, "Acme")));
        network.push(push(2, new UpdateTenant(acme, TenantChanges.rename("Acme Industries"))));

        assertThat(network.counts()).containsEntry(FaultyServerApi.Fault.HELD_FOR_LATER, 1).containsEntry(FaultyServerApi.Fault.REPLAYED_LATE, 1);
        assertThat(server.liveState(adminToken()).get("tenant/" + acme)).containsEntry("name", "Acme Industries");
        assertThat(tenants()).isEqualTo(2);
    }

    @Test
    void offlineRefusesEveryCallUntilHealed() throws Exception {
        FaultyServerApi network = new FaultyServerApi(admin, new Random(1), 0);
        network.offline(true);

        assertThatThrownBy(network::health).isInstanceOfSatisfying(ServerCallFailed.class, failed -> assertThat(failed.status()).isZero());
        assertThatThrownBy(() -> network.push(push(1, new CreateTenant(acme, msp, "Acme")))).isInstanceOf(ServerCallFailed.class);
        assertThat(tenants()).isEqualTo(1);

        network.heal();
        assertThat(network.health().protocol()).isEqualTo(1);
        assertThat(network.counts()).containsEntry(FaultyServerApi.Fault.OFFLINE, 2);
    }

    @Test
    void healingDeliversTheHeldCopiesFirst() throws Exception {
        FaultyServerApi network = new FaultyServerApi(admin, decisions(YES, YES), RATE);
        assertThatThrownBy(() -> network.push(push(1, new CreateTenant(acme, msp, "Acme")))).isInstanceOf(ServerCallFailed.class);
        assertThat(tenants()).as("the request itself was lost").isEqualTo(1);

        network.heal();

        assertThat(tenants()).as("its held copy arrived when the network healed").isEqualTo(2);
    }

    private String adminToken;

    private String adminToken() {
        if (adminToken == null) {
            adminToken = server.token("admin@team.example", null);
        }
        return adminToken;
    }

    private Random decisions(Double... values) {
        script.addAll(Arrays.asList(values));
        return scripted;
    }

    private long tenants() {
        return server.count("select count(*) from tenant");
    }

    private static PushRequest push(long id, Command command) {
        return new PushRequest("laptop", List.of(new Mutation(id, command.mutationName(), CODEC.argsOf(command), 0, null)), false);
    }
}
