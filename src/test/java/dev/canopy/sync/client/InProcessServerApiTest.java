package dev.canopy.sync.client;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.server.ApiServer;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PushRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The in-process transport answers exactly what the HTTP one does for the same server: the same pulled maps (types
 * included, after the JSON round trip), the same push results and identity, and the same status, code and reason
 * when the server refuses.
 */
class InProcessServerApiTest {

    private static final MutationCodec CODEC = new MutationCodec();

    private InProcessServer server;
    private ApiServer http;
    private String token;
    private ServerApi inProcess;
    private ServerApi overHttp;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        server = new InProcessServer();
        http = server.overHttp();
        token = server.token("admin@team.example", null);
        inProcess = server.api(token);
        overHttp = HttpServerApi.to(new ServerConnection(URI.create("http://127.0.0.1:" + http.port()), token));
        inProcess.publish(new PublishRequest("setup", "first", 0, 1,
                List.of(WireRecords.published("tenant", WireRecords.tenant(msp, "Northwind", TenantKind.MSP, null)))));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void pushPullAndIdentityAnswerAsOverHttp() throws Exception {
        var pushed = inProcess.push(push("laptop-a", 1, new CreateTenant(acme, msp, "Acme")));
        var pushedAgain = overHttp.push(push("laptop-a", 1, new CreateTenant(acme, msp, "Acme")));
        assertThat(pushedAgain).as("the retry over HTTP gets the stored answer the in-process push got").isEqualTo(pushed);
        overHttp.push(push("laptop-b", 1, new UpdateTenant(acme, new TenantChanges("Acme", "two sites", null, "Europe/Berlin", List.of("eu")))));

        assertThat(inProcess.pull("laptop-a", 0, 1000)).isEqualTo(overHttp.pull("laptop-a", 0, 1000));
        assertThat(inProcess.pull("laptop-a", 1, 1)).isEqualTo(overHttp.pull("laptop-a", 1, 1));
        assertThat(inProcess.identity()).isEqualTo(overHttp.identity());
        assertThat(inProcess.health()).isEqualTo(overHttp.health());
    }

    @Test
    void refusalsCarryTheSameStatusCodeAndReason() throws Exception {
        inProcess.push(push("laptop-a", 1, new CreateTenant(acme, msp, "Acme")));
        String other = server.token("tech@team.example", Role.TECHNICIAN);
        ServerApi otherInProcess = server.api(other);
        ServerApi otherOverHttp = HttpServerApi.to(new ServerConnection(URI.create("http://127.0.0.1:" + http.port()), other));

        assertSameRefusal(() -> otherInProcess.push(push("laptop-a", 2, new CreateTenant(UUID.randomUUID(), msp, "Mine"))),
                () -> otherOverHttp.push(push("laptop-a", 2, new CreateTenant(UUID.randomUUID(), msp, "Mine"))), 403);
        assertSameRefusal(() -> inProcess.pull("laptop-a", 999, 10), () -> overHttp.pull("laptop-a", 999, 10), 409);
        assertSameRefusal(() -> inProcess.publish(new PublishRequest("laptop-a", "again", 0, 1, List.of())),
                () -> overHttp.publish(new PublishRequest("laptop-a", "again", 0, 1, List.of())), 409);
        ServerApi unknownInProcess = server.api("cnp_" + "A".repeat(43));
        ServerApi unknownOverHttp = HttpServerApi.to(new ServerConnection(URI.create("http://127.0.0.1:" + http.port()), "cnp_" + "A".repeat(43)));
        assertSameRefusal(unknownInProcess::identity, unknownOverHttp::identity, 401);
        assertThat(server.internalErrors()).isEmpty();
    }

    private static void assertSameRefusal(SyncRun.Call<?> inProcess, SyncRun.Call<?> overHttp, int status) {
        ServerCallFailed here = catchThrowableOfType(ServerCallFailed.class, inProcess::call);
        ServerCallFailed there = catchThrowableOfType(ServerCallFailed.class, overHttp::call);
        assertThat(here).isNotNull();
        assertThat(there).isNotNull();
        assertThat(here.status()).isEqualTo(status).isEqualTo(there.status());
        assertThat(here.code()).isEqualTo(there.code());
        assertThat(here.getMessage()).isEqualTo(there.getMessage());
    }

    private static PushRequest push(String clientId, long id, Command command) {
        return new PushRequest(clientId, List.of(new Mutation(id, command.mutationName(), CODEC.argsOf(command), 0, null)), false);
    }
}
