package dev.canopy.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.sample.SampleSink;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishRequest.PublishedRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.canopy.server.PublishedState.record;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pull over HTTP is written straight from the records read (no map per record): its JSON must be exactly the
 * {@code PullResponse} the sync service returns, for every kind of record the sample MSP holds, page after page.
 */
class PullJsonTest extends ServerDatabaseFixture {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyPageOverHttpIsThePullResponseOfTheSameRecords(String kind) throws Exception {
        fresh(kind);
        ServerSync sync = new ServerSync(database.dataSource(), Clock.systemUTC());
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                sync, database.schemaVersion());
        String token = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null).token();
        List<PublishedRecord> sample = sample();
        HttpResponse<String> published = send(HttpRequest.newBuilder(uri("/api/v1/sync/publish")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.MAPPER.writeValueAsBytes(
                        new PublishRequest("laptop-1", "first", 0, 1, sample)))), token);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        Caller admin = new TokenAuthenticator(database.dataSource(), Clock.systemUTC()).authenticate(token).caller();

        long since = 0;
        int changes = 0;
        Set<String> entities = new HashSet<>();
        boolean softwareSeen = false;
        boolean more = true;
        while (more) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/api/v1/sync/pull?since=" + since + "&limit=40")).GET(), token);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            JsonNode wire = ProtocolJson.MAPPER.readTree(page.body());
            // both read back from text, so numbers compare by value, not by the Java type that held them
            JsonNode expected = ProtocolJson.MAPPER.readTree(ProtocolJson.MAPPER.writeValueAsBytes(sync.pull(admin, since, 40)));
            assertThat(wire).as("page after %d", since).isEqualTo(expected);
            for (JsonNode change : wire.get("changes")) {
                entities.add(change.get("entity").asText());
                softwareSeen |= change.get("record").path("software").size() > 0;
            }
            changes += wire.get("changes").size();
            since = wire.get("cursor").asLong();
            more = wire.get("hasMore").asBoolean();
        }
        assertThat(changes).as("every published record (and the publisher, now a person)").isGreaterThanOrEqualTo(sample.size());
        assertThat(entities).containsExactlyInAnyOrder("tenant", "person", "computer", "schedule", "deployment", "preference");
        assertThat(softwareSeen).as("computers arrive with their software").isTrue();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A small sample MSP, every kind of record in it, as a client publishes it. */
    private static List<PublishedRecord> sample() {
        List<PublishedRecord> records = new ArrayList<>();
        new SampleGenerator(7, Instant.parse("2026-11-30T08:00:00Z"), "sample").generate("Northwind", 12, 40, new SampleSink() {
            @Override
            public void tenant(Tenant tenant) {
                records.add(record("tenant", tenant));
            }

            @Override
            public void person(Person person) {
                records.add(record("person", person));
            }

            @Override
            public void computer(Computer computer) {
                records.add(record("computer", computer));
            }

            @Override
            public void schedule(MaintenanceSchedule schedule) {
                records.add(record("schedule", schedule));
            }

            @Override
            public void deployment(Deployment deployment) {
                records.add(record("deployment", deployment));
            }

            @Override
            public void preference(TenantPreference preference) {
                records.add(record("preference", preference));
            }
        });
        return records;
    }
}
