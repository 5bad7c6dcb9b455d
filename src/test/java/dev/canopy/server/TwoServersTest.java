package dev.canopy.server;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.person.Role;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers (each with its own connection pool, as two processes behind a load balancer would have) on one
 * PostgreSQL, with writers on both and a reader pulling from both while they write: every pull sees every change
 * exactly once, in sequence order, with no gap a later commit could fill.
 */
class TwoServersTest extends ServerDatabaseFixture {

    private static final MutationCodec CODEC = new MutationCodec();

    @Test
    void concurrentWritersOnTwoServersAreSeenByEveryPullExactlyOnce() throws Exception {
        try (ServerDatabase first = another("postgresql");
             ServerDatabase second = ServerDatabase.open(first.jdbcUrlForTests(), "postgres", null)) {
            ServerSync a = new ServerSync(first.dataSource(), Clock.systemUTC());
            ServerSync b = new ServerSync(second.dataSource(), Clock.systemUTC());
            Caller admin = new Caller(UUID.randomUUID(), "admin@northwind.example", Role.MSP_ADMIN, null);
            UUID root = UUID.randomUUID();
            push(a, admin, "seed", 1, new CreateTenant(root, null, "Northwind"));

            int writers = 4;
            int perWriter = 25;
            ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ServerSync server = w % 2 == 0 ? a : b;
                String client = "laptop-" + w;
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= perWriter; i++) {
                        var result = push(server, admin, client, i, new CreateTenant(UUID.randomUUID(), root, "W" + writer + " client " + i));
                        assertThat(result.status()).isEqualTo(MutationResult.APPLIED);
                    }
                    return null;
                }));
            }
            List<Long> seen = Collections.synchronizedList(new ArrayList<>());
            Future<?> reader = pool.submit(() -> {
                long cursor = 0;
                int rounds = 0;
                while (seen.size() < 1 + writers * perWriter && rounds++ < 10_000) {
                    PullResponse page = (rounds % 2 == 0 ? a : b).pull(admin, cursor, 7);
                    page.changes().stream().map(Change::seq).forEach(seen::add);
                    cursor = page.cursor();
                }
                return null;
            });
            for (Future<?> f : done) {
                f.get();
            }
            reader.get();
            pool.shutdown();

            Set<Long> distinct = new HashSet<>(seen);
            assertThat(seen).as("each change once").hasSize(distinct.size()).hasSize(1 + writers * perWriter);
            assertThat(seen).as("in order").isSorted();
            assertThat(a.pull(admin, 0, 5000).changes()).hasSize(1 + writers * perWriter);
        }
    }

    private static MutationResult push(ServerSync server, Caller caller, String client, long id, CreateTenant command) {
        Mutation mutation = new Mutation(id, command.mutationName(), CODEC.argsOf(command), 0, null);
        return server.push(caller, new PushRequest(client, List.of(mutation), false)).results().get(0);
    }
}
