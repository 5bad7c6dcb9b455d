package dev.canopy.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.Change;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishRequest.PublishedRecord;
import dev.canopy.sync.PublishResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A never-synced client's state becomes an empty server's first state: in chunks, all or nothing, MSP admins only. */
class ServerPublishTest extends ServerDatabaseFixture {


    private ServerSync sync;
    private Caller admin;
    private String token;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID lab = UUID.randomUUID();
    private final UUID dana = UUID.randomUUID();

    private void open(String kind) {
        fresh(kind);
        sync = new ServerSync(database.dataSource(), Clock.systemUTC());
        var issued = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null);
        token = issued.token();
        admin = new TokenAuthenticator(database.dataSource(), Clock.systemUTC()).authenticate(token).caller();
    }

    /** Chunk 0: the tree, deepest first (the server orders parents first itself). Chunk 1: a person and a computer. */
    private List<List<PublishedRecord>> state(UUID computerTenant) {
        return List.of(
                List.of(record("tenant", tenant(lab, "Berlin Lab", TenantKind.SUB, berlin)),
                        record("tenant", tenant(berlin, "Acme Berlin", TenantKind.SUB, acme)),
                        record("tenant", tenant(acme, "Acme", TenantKind.CLIENT, msp)),
                        record("tenant", tenant(msp, "Northwind", TenantKind.MSP, null))),
                List.of(record("person", new Person(dana, acme, "Dana Cole", "dana@acme.example", Role.TENANT_ADMIN, true, List.of(), META)),
                        record("computer", new Computer(UUID.randomUUID(), "LAB-01", computerTenant, "S1", "D1", "Windows 11 Pro", "24H2",
                                Instant.parse("2026-11-30T07:00:00Z"), dana, List.of("lab"), List.of(new Software("7-Zip", "24.08", "Igor Pavlov")), META))));
    }

    private PublishResponse send(String publishId, int chunk, List<List<PublishedRecord>> chunks) {
        return sync.publish(admin, new PublishRequest("laptop-1", publishId, chunk, chunks.size(), chunks.get(chunk)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theWholeStateArrivesWithTheLastChunkAndThePublisherJoinsTheRoot(String kind) {
        open(kind);
        var chunks = state(lab);
        PublishResponse first = send("p1", 0, chunks);
        assertThat(first.applied()).isFalse();
        assertThat(sync.pull(admin, 0, 100).changes()).as("nothing visible before the last chunk").isEmpty();

        PublishResponse last = send("p1", 1, chunks);
        assertThat(last.applied()).isTrue();
        assertThat(last.records()).isEqualTo(6);

        var pulled = sync.pull(admin, 0, 100).changes();
        assertThat(pulled).extracting(Change::entity).containsExactly("tenant", "tenant", "tenant", "tenant", "person", "computer", "person");
        assertThat(pulled.get(6).record()).containsEntry("email", "alex@northwind.example").containsEntry("role", "MSP_ADMIN")
                .containsEntry("tenantId", msp.toString());
        assertThat(new TokenAuthenticator(database.dataSource(), Clock.systemUTC()).authenticate(token).caller().tenantId())
                .as("the admin's token now acts from the MSP root").isEqualTo(msp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aBadRecordInTheLastChunkLeavesTheServerEmptyAndSaysWhichRecord(String kind) {
        open(kind);
        var broken = state(UUID.randomUUID());  // the computer's tenant is in no chunk
        send("p1", 0, broken);
        assertThatThrownBy(() -> send("p1", 1, broken)).isInstanceOf(SyncException.class)
                .hasMessageContaining("Record 6 of 6 (computer").hasMessageContaining("refers to a record that is not in the published state")
                .hasMessageContaining("Nothing was published");
        assertThat(sync.pull(admin, 0, 100).changes()).as("all or nothing").isEmpty();

        var fixed = state(lab);
        assertThat(send("p2", 0, fixed).applied()).isFalse();
        assertThat(send("p2", 1, fixed).applied()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aServerThatHasTenantsRefusesAPublishAndOnlyAnMspAdminMayPublish(String kind) {
        open(kind);
        var chunks = state(lab);
        Caller technician = new Caller(UUID.randomUUID(), "sam@northwind.example", Role.TECHNICIAN, null);
        assertThatThrownBy(() -> sync.publish(technician, new PublishRequest("sam", "p0", 0, 2, chunks.get(0))))
                .isInstanceOf(SyncException.class).satisfies(e -> assertThat(((SyncException) e).kind()).isEqualTo(SyncException.Kind.FORBIDDEN));
        send("p1", 0, chunks);
        send("p1", 1, chunks);
        assertThatThrownBy(() -> send("p2", 0, chunks)).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).kind()).isEqualTo(SyncException.Kind.RESET))
                .hasMessageContaining("already holds the team's tenants");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aTenantWhoseNameBreaksTheRulesIsRefusedByNameAndNothingIsPublished(String kind) {
        open(kind);
        var chunks = List.of(List.of(record("tenant", tenant(msp, "Northwind", TenantKind.MSP, null)),
                record("tenant", tenant(acme, "   ", TenantKind.CLIENT, msp))));
        assertThatThrownBy(() -> send("p1", 0, chunks)).isInstanceOf(SyncException.class)
                .hasMessageContaining("Record 2 of 2 (tenant " + acme).hasMessageContaining("Name is required");
        assertThat(sync.pull(admin, 0, 100).changes()).isEmpty();
    }
}
