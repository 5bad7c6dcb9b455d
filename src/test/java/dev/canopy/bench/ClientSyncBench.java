package dev.canopy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.ConnectionFile;
import dev.canopy.sync.client.HttpServerApi;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncEngine;
import dev.canopy.sync.client.SyncProgress;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The desktop client's sync against a seeded server over loopback HTTP: an initial download of every record into an
 * empty folder (against the floor of parsing the same pages and batch-inserting them with plain JDBC into an H2 file
 * with the store's schema), the heap while it runs, 1,000 offline edits pushed, and a sync with nothing new.
 */
final class ClientSyncBench {

    /**
     * What was measured; heapMb is the highest live heap sampled during a download in a JVM of its own with the client's
     * heap limit ({@link ClientDownloadProcess}): in this JVM the server's database cache would count too.
     */
    record Result(Measurement initial, Measurement floor, double heapMb, long records, double pushMs, int edits, Measurement incremental) {
    }

    private ClientSyncBench() {
    }

    static Result run(ServerBench server, Path work, int repetitions) throws Exception {
        ServerConnection connection = new ServerConnection(server.base, server.admin.token());
        List<byte[]> pages = pages(server);
        List<Double> initial = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        double heap = 0;
        Path kept = null;
        for (int i = 0; i < repetitions; i++) {
            Path folder = work.resolve("client-" + i);
            HeapWatch watch = new HeapWatch();
            long start = System.nanoTime();
            try (LocalStore store = LocalStore.open(folder, "bench@example", Clock.systemUTC())) {
                engine(store, work).connect(connection, SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);
            }
            initial.add((System.nanoTime() - start) / 1e6);
            heap = Math.max(heap, watch.stop());
            floors.add(floor(pages, work.resolve("floor-" + i)));
            if (i == 0) {
                System.out.println("# client_initial_sync rows client/floor: " + rows(folder) + " / " + rows(work.resolve("floor-0")));
            }
            kept = folder;
        }
        System.out.printf(java.util.Locale.ROOT, "# client_initial_sync in this JVM (server included): live heap after GC at most %.0f MB%n", heap);
        ClientDownloadProcess.Result alone = ClientDownloadProcess.run(server, work.resolve("child"));
        System.out.printf(java.util.Locale.ROOT, "# client_initial_sync in a JVM of its own (%s): %.0f ms, live heap after GC at most %.0f MB%n",
                ClientDownloadProcess.MAX_HEAP, alone.downloadMs(), alone.heapMb());
        heap = alone.heapMb();
        try (LocalStore store = LocalStore.open(kept, "bench@example", Clock.systemUTC())) {
            SyncEngine engine = engine(store, work);
            List<Double> quiet = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                engine.syncNow(SyncProgress.NONE);
                quiet.add((System.nanoTime() - start) / 1e6);
            }
            int edits = 1_000;
            List<TenantNode> tenants = store.loadHierarchy().depthFirst();
            for (int i = 0; i < edits; i++) {
                TenantNode t = tenants.get(1 + i % (tenants.size() - 1));
                store.execute(new UpdateTenant(t.id(), new TenantChanges(null, "offline edit " + i, null, null, null)));
            }
            long start = System.nanoTime();
            engine.syncNow(SyncProgress.NONE);
            double pushMs = (System.nanoTime() - start) / 1e6;
            if (!engine.pending().isEmpty()) {
                throw new IllegalStateException(engine.pending().size() + " edits were still pending after the push");
            }
            return new Result(new Measurement(initial), new Measurement(floors), heap, server.seeded.head(), pushMs, edits,
                    new Measurement(quiet));
        }
    }

    private static SyncEngine engine(LocalStore store, Path work) {
        return new SyncEngine(store, store.syncLedger(), new ConnectionFile(work.resolve("config")), HttpServerApi::to,
                Clock.systemUTC(), Thread::sleep);
    }

    /** The pages a download gets, fetched once with the client's page size (the floor parses these bytes). */
    private static List<byte[]> pages(ServerBench server) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        long since = 0;
        boolean more = true;
        while (more) {
            HttpResponse<byte[]> response = server.get(server.http, server.admin.token(), "/api/v1/sync/pull?since=" + since + "&limit=2000");
            JsonNode page = ServerBench.JSON.readTree(response.body());
            pages.add(response.body());
            since = page.get("cursor").asLong();
            more = page.get("hasMore").asBoolean();
        }
        return pages;
    }

    /**
     * The floor: an H2 file with the store's schema (made by opening a store, not timed), then every page parsed by
     * Jackson and its records batch-inserted by plain JDBC, one transaction per page, with H2's referential integrity
     * off (foreign keys are not checked at all, so the floor may insert in any order; the client checks every row).
     */
    private static double floor(List<byte[]> pages, Path folder) throws Exception {
        LocalStore.open(folder, "bench@example", Clock.systemUTC()).close();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy") + ";DB_CLOSE_DELAY=0", "sa", "")) {
            connection.setAutoCommit(false);
            try (var off = connection.createStatement()) {
                off.execute("set referential_integrity false");
            }
            try (FloorInserts inserts = new FloorInserts(connection)) {
                for (byte[] bytes : pages) {
                    for (JsonNode change : ServerBench.JSON.readTree(bytes).get("changes")) {
                        inserts.add(change.get("entity").asText(), change.get("record"));
                    }
                    inserts.flush();
                    connection.commit();
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The rows of each synced table in an H2 file, untimed: the client and the floor must have written the same. */
    private static java.util.Map<String, Long> rows(Path folder) throws Exception {
        java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy") + ";DB_CLOSE_DELAY=0", "sa", "");
             var statement = connection.createStatement()) {
            for (String table : List.of("tenant", "tenant_external_ref", "person", "computer", "computer_software", "schedule", "deployment",
                    "tenant_preference")) {
                try (var result = statement.executeQuery("select count(*) from " + table)) {
                    result.next();
                    rows.put(table, result.getLong(1));
                }
            }
        }
        return rows;
    }

    /**
     * Samples, every 50 ms, the heap that was still in use after the latest collection (summed over the heap's pools):
     * what the download keeps alive, not the garbage it has not collected yet.
     */
    static final class HeapWatch {
        private final AtomicLong highest = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapWatch() {
            System.gc();
            List<java.lang.management.MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null).toList();
            thread = new Thread(() -> {
                while (running) {
                    highest.accumulateAndGet(pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        double stop() throws InterruptedException {
            running = false;
            thread.join();
            return highest.get() / 1e6;
        }
    }

}
