package dev.canopy.bench;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.reports.FleetFacts;
import dev.canopy.reports.FleetFactsBuilder;
import dev.canopy.reports.OverviewQuery;
import dev.canopy.store.LocalStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The MSP root's overview: what the technician waits for once the fleet's facts are read (the counts over every
 * computer, plus the people and sessions queries), and, reported beside it, reading those facts (the background work
 * after an edit, while the previous numbers stay up). Also a client of about a fifth of the fleet's size ("a tenant
 * with 20k computers" at full size is the biggest client's subtree).
 */
final class OverviewBench {

    record Result(Measurement rootMs, Measurement clientMs, Measurement factsMs, int computers, double factsHeapMb) {
    }

    private OverviewBench() {
    }

    static Result run(Path folder, int repetitions) {
        try (LocalStore store = LocalStore.open(folder)) {
            TenantHierarchy hierarchy = store.loadHierarchy();
            UUID root = hierarchy.root().orElseThrow().id();
            UUID biggest = hierarchy.children(root).stream()
                    .max(java.util.Comparator.comparingInt(n -> hierarchy.subtreeComputers(n.id()))).orElseThrow().id();
            FleetFactsBuilder builder = new FleetFactsBuilder(store, Clock.systemUTC());
            FleetFacts facts = builder.build(hierarchy, () -> false);  // warm-up
            List<Double> factsMs = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                facts = null;
                long start = System.nanoTime();
                facts = builder.build(hierarchy, () -> false);
                factsMs.add((System.nanoTime() - start) / 1e6);
            }
            double heapMb = heapAfterGcMb();  // the facts held, the store open
            OverviewQuery.of(store, hierarchy, facts, root, true, java.time.Instant.now());  // warm-up
            List<Double> rootMs = new ArrayList<>();
            List<Double> clientMs = new ArrayList<>();
            for (int i = 0; i < repetitions + 4; i++) {
                long start = System.nanoTime();
                OverviewQuery.of(store, hierarchy, facts, root, true, java.time.Instant.now());
                rootMs.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                OverviewQuery.of(store, hierarchy, facts, biggest, true, java.time.Instant.now());
                clientMs.add((System.nanoTime() - start) / 1e6);
            }
            return new Result(new Measurement(rootMs), new Measurement(clientMs), new Measurement(factsMs), facts.size(), heapMb);
        }
    }

    private static double heapAfterGcMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }
}
