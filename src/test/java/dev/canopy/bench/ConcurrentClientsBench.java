package dev.canopy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.person.Role;
import dev.canopy.server.IssuedToken;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PushRequest;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients at once against one seeded server, each a thread with its own HttpClient, clientId and technician token:
 * in a loop, push one {@code tenant.update} rename of a tenant it alone edits (base version = the version the
 * server gave its last rename, so every push should be APPLIED), then pull from its cursor. A warm-up phase first,
 * then the timed window. An error is a non-200 answer, a failed request, or a mutation not APPLIED.
 */
final class ConcurrentClientsBench {

    record Result(int clients, double seconds, long pushes, long pulls, long errors, Measurement pushMs, Measurement pullMs,
                  Measurement allMs, long pulledChanges, List<String> firstErrors) {
        double requestsPerSecond() {
            return (pushes + pulls) / seconds;
        }
    }

    private static final MutationCodec CODEC = new MutationCodec();

    private ConcurrentClientsBench() {
    }

    /** label keeps each run's client ids (and so their mutation ids) apart on one server. */
    static Result run(ServerBench server, String label, int clients, double warmUpSeconds, double seconds) throws Exception {
        List<ServerSeeder.Logged> records = server.seeded.records();
        List<List<int[]>> owned = new ArrayList<>();  // per client: [index into records] of the tenants it renames
        for (int c = 0; c < clients; c++) {
            owned.add(new ArrayList<>());
        }
        int tenantNo = 0;
        for (int i = 1; i < records.size(); i++) {  // records[0] is the MSP root: nobody renames it
            if (records.get(i).entity().equals("tenant")) {
                owned.get(tenantNo++ % clients).add(new int[]{i});
            }
        }
        List<IssuedToken> tokens = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            tokens.add(server.accounts.issue(label + "-tech" + c + "@bench.example", Role.TECHNICIAN));
        }
        long head = server.head();
        Map<UUID, Long> current = new HashMap<>();
        try (Connection connection = server.database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, version from tenant")) {
            while (rows.next()) {
                current.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        List<Double> pushMs = Collections.synchronizedList(new ArrayList<>());
        List<Double> pullMs = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errorCount = new AtomicLong();
        AtomicLong pulled = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                HttpClient http = ServerBench.newClient();
                String token = tokens.get(client).token();
                String clientId = label + "-client-" + client;
                List<int[]> mine = owned.get(client);
                long[] versions = new long[mine.size()];
                for (int t = 0; t < versions.length; t++) {
                    versions[t] = current.get(records.get(mine.get(t)[0]).id());  // as an earlier run may have left it
                }
                long mutationId = 0;
                long cursor = head;
                int next = 0;
                ready.countDown();
                go.await();
                while (System.nanoTime() < window[1]) {
                    int t = next++ % mine.size();
                    UUID tenant = records.get(mine.get(t)[0]).id();
                    UpdateTenant rename = new UpdateTenant(tenant, TenantChanges.rename("Bench " + label + " c" + client + " r" + (mutationId + 1)));
                    Mutation mutation = new Mutation(++mutationId, rename.mutationName(), CODEC.argsOf(rename), versions[t], null);
                    byte[] body = ServerBench.JSON.writeValueAsBytes(new PushRequest(clientId, List.of(mutation), false));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = server.post(http, token, "/api/v1/sync/push", body);
                        long end = System.nanoTime();
                        boolean timed = start >= window[0];
                        if (timed) {
                            pushMs.add((end - start) / 1e6);
                        }
                        if (response.statusCode() != 200) {
                            error(timed, errorCount, errors, "push " + response.statusCode() + ": " + text(response));
                        } else {
                            JsonNode answer = ServerBench.JSON.readTree(response.body());
                            String status = answer.get("results").get(0).get("status").asText();
                            if (!status.equals(MutationResult.APPLIED)) {
                                error(timed, errorCount, errors, "push " + status + ": " + answer.get("results").get(0));
                            }
                            versions[t] = answer.get("cursor").asLong();  // the one record it saved got the last seq
                        }
                    } catch (Exception e) {
                        error(start >= window[0], errorCount, errors, "push failed: " + e);
                    }
                    start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = server.get(http, token, "/api/v1/sync/pull?since=" + cursor + "&limit=1000");
                        long end = System.nanoTime();
                        boolean timed = start >= window[0];
                        if (timed) {
                            pullMs.add((end - start) / 1e6);
                        }
                        if (response.statusCode() != 200) {
                            error(timed, errorCount, errors, "pull " + response.statusCode() + ": " + text(response));
                        } else {
                            JsonNode page = ServerBench.JSON.readTree(response.body());
                            cursor = page.get("cursor").asLong();
                            if (timed) {
                                pulled.addAndGet(page.get("changes").size());
                            }
                        }
                    } catch (Exception e) {
                        error(start >= window[0], errorCount, errors, "pull failed: " + e);
                    }
                }
                return null;
            }));
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + (long) (warmUpSeconds * 1e9);
        window[1] = window[0] + (long) (seconds * 1e9);
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<Double> all = new ArrayList<>(pushMs);
        all.addAll(pullMs);
        return new Result(clients, seconds, pushMs.size(), pullMs.size(), errorCount.get(), measurement(pushMs), measurement(pullMs),
                measurement(all), pulled.get(), List.copyOf(errors));
    }

    /** Only errors in the timed window count; the first few are kept for the report. */
    private static void error(boolean timed, AtomicLong count, List<String> first, String message) {
        if (!timed) {
            return;
        }
        count.incrementAndGet();
        synchronized (first) {
            if (first.size() < 5) {
                first.add(message.length() > 300 ? message.substring(0, 300) + "…" : message);
            }
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Measurement measurement(List<Double> samples) {
        return new Measurement(samples.isEmpty() ? List.of(Double.NaN) : samples);
    }

    /** The 99th percentile (Measurement has p95 only). */
    static double p99(Measurement m) {
        List<Double> s = m.samples();
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.99) - 1));
    }

    static String describe(Result r) {
        return String.format(Locale.ROOT, "%d clients, %.0f s: %d pushes (median %.1f ms, p99 %.1f ms), %d pulls (median %.1f ms,"
                        + " p99 %.1f ms) carrying %d changes, %d errors", r.clients(), r.seconds(), r.pushes(), r.pushMs().median(),
                p99(r.pushMs()), r.pulls(), r.pullMs().median(), p99(r.pullMs()), r.pulledChanges(), r.errors());
    }
}
