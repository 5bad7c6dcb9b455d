package dev.canopy.bench;

import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.ConnectionFile;
import dev.canopy.sync.client.HttpServerApi;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncEngine;
import dev.canopy.sync.client.SyncProgress;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One initial download in a JVM of its own with the client's heap limit, so the heap sampled is the client's alone
 * (in the bench JVM the server's database cache counts too). Prints "download-ms=…" and "heap-mb=…".
 */
final class ClientDownloadProcess {

    /** The heap a desktop client gets at most; the download must finish within it. */
    static final String MAX_HEAP = "-Xmx256m";

    /** What the child measured: the download's time and the highest live heap after GC sampled during it. */
    record Result(double downloadMs, double heapMb) {
    }

    private ClientDownloadProcess() {
    }

    /** Runs the download against the server into an empty folder under work. */
    static Result run(ServerBench server, Path work) throws Exception {
        String output = Processes.run(List.of(MAX_HEAP), Duration.ofMinutes(20), ClientDownloadProcess.class.getName(),
                server.base.toString(), server.admin.token(), work.toString());
        return new Result(Processes.number(output, "download-ms"), Processes.number(output, "heap-mb"));
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path work = Path.of(args[2]);
        ClientSyncBench.HeapWatch watch = new ClientSyncBench.HeapWatch();
        long start = System.nanoTime();
        try (LocalStore store = LocalStore.open(work.resolve("client"), "bench@example", Clock.systemUTC())) {
            new SyncEngine(store, store.syncLedger(), new ConnectionFile(work.resolve("config")), HttpServerApi::to, Clock.systemUTC(),
                    Thread::sleep).connect(new ServerConnection(base, args[1]), SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(java.util.Locale.ROOT, "download-ms=%.1f%nheap-mb=%.1f%n", ms, watch.stop());
    }
}
