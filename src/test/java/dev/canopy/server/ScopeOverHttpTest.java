package dev.canopy.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishRequest.PublishedRecord;
import dev.canopy.sync.PushRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.canopy.server.PublishedState.JSON;
import static dev.canopy.server.PublishedState.META;
import static dev.canopy.server.PublishedState.record;
import static dev.canopy.server.PublishedState.tenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scope as a client sees it on the wire: a technician placed in one client gets a token from the CLI's account
 * store, and the raw responses never carry another client's records; a tenant moved away arrives as a REVOKE; a
 * token stops working when its person loses the role.
 */
class ScopeOverHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final MutationCodec CODEC = new MutationCodec();

    private ServerDatabase database;
    private ApiServer server;
    private AccountStore accounts;
    private String admin;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID globexPc = UUID.randomUUID();
    private final Person tech = new Person(UUID.randomUUID(), acme, "Toni Acme", "toni@acme.example", Role.TECHNICIAN, true, List.of(), META);

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.h2Only().fresh("h2");
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
        accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        admin = accounts.issue("alex@northwind.example", null).token();
        List<PublishedRecord> state = List.of(
                record("tenant", tenant(msp, "Northwind", TenantKind.MSP, null)),
                record("tenant", tenant(acme, "Acme", TenantKind.CLIENT, msp)),
                record("tenant", tenant(berlin, "Acme Berlin", TenantKind.SUB, acme)),
                record("tenant", tenant(globex, "Globex", TenantKind.CLIENT, msp)),
                record("person", tech),
                record("computer", new Computer(globexPc, "GLOBEX-01", globex, "S9", "D9", "Windows 11 Pro", "24H2", null, null,
                        List.of(), List.of(), META)));
        JsonNode published = call("POST", "/api/v1/sync/publish", admin, new PublishRequest("laptop-1", "first", 0, 1, state));
        assertThat(published.get("applied").asBoolean()).isTrue();
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void aClientsTechnicianNeverReceivesAnotherClientsRecordsCannotPushIntoThemAndHearsWhenATenantLeaves() throws Exception {
        var issued = accounts.issue("toni@acme.example", null);
        assertThat(issued.role()).as("the token acts as the synced person").isEqualTo(Role.TECHNICIAN);
        String toni = issued.token();

        HttpResponse<String> pulled = raw("GET", "/api/v1/sync/pull?since=0", toni, null);
        assertThat(pulled.statusCode()).isEqualTo(200);
        assertThat(pulled.body()).contains(acme.toString(), berlin.toString(), "Acme Berlin")
                .doesNotContain(globex.toString()).doesNotContain(globexPc.toString()).doesNotContain("Globex")
                .doesNotContain(msp.toString() + "\",\"op\"");
        long cursor = JSON.readTree(pulled.body()).get("cursor").asLong();

        JsonNode pushed = call("POST", "/api/v1/sync/push", toni, new PushRequest("toni-laptop", List.of(
                mutation(1, new UpdateTenant(globex, TenantChanges.rename("Mine"))),
                mutation(2, new UpdateTenant(berlin, TenantChanges.move(globex))),
                mutation(3, new UpdateTenant(berlin, TenantChanges.rename("Berlin Office")))), false));
        assertThat(pushed.findValuesAsText("status")).as("base 0: the rename lands over the published record").containsExactly("REJECTED", "REJECTED", "MERGED");
        assertThat(pushed.toString()).doesNotContain("Globex");

        call("POST", "/api/v1/sync/push", admin, new PushRequest("laptop-1", List.of(mutation(1, new UpdateTenant(berlin, TenantChanges.move(globex)))), false));
        JsonNode after = call("GET", "/api/v1/sync/pull?since=" + cursor, toni, null);
        assertThat(after.get("changes")).hasSize(1);
        assertThat(after.get("changes").get(0).get("op").asText()).isEqualTo("REVOKE");
        assertThat(after.get("changes").get(0).get("id").asText()).isEqualTo(berlin.toString());
        assertThat(after.toString()).doesNotContain("Globex");

        Person demoted = new Person(tech.id(), acme, tech.displayName(), tech.email(), null, true, List.of(), META);
        call("POST", "/api/v1/sync/push", admin, new PushRequest("laptop-1", List.of(mutation(2, new SaveRecord<>(PersonKind.INSTANCE, demoted))), false));
        assertThat(raw("GET", "/api/v1/sync/pull?since=0", toni, null).statusCode()).as("no role, no access").isEqualTo(401);
    }

    private static Mutation mutation(long id, dev.canopy.domain.command.Command command) {
        return new Mutation(id, command.mutationName(), CODEC.argsOf(command), 0, null);
    }

    private JsonNode call(String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = raw(method, path, token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> raw(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token);
        request = body == null ? request.GET()
                : request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).header("Content-Type", "application/json");
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
