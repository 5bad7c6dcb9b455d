package dev.canopy.store;

import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.SyncLedger.PulledChange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static dev.canopy.store.SyncFixture.changed;
import static dev.canopy.store.SyncFixture.tenant;
import static dev.canopy.store.SyncFixture.upsert;
import static org.assertj.core.api.Assertions.assertThat;

/** Pull pages are idempotent: a page applied again (a retry after a lost answer) leaves the store as applying it once did. */
class SyncPagePropertiesTest {

    /** A tree of tenants below the root (parent index among the earlier ones, -1 the root), a page order, local renames. */
    record Page(List<Integer> parents, long shuffleSeed, List<Boolean> renamedLocally, List<Boolean> deleted) {
    }

    @Provide
    Arbitrary<Page> pages() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-1, n - 1).list().ofSize(n),
                Arbitraries.longs(),
                Arbitraries.of(true, false).list().ofSize(n),
                Arbitraries.of(true, false).list().ofSize(n)).as(Page::new));
    }

    @Property(tries = 12)
    void applyingAPageTwiceLeavesTheStoreAsApplyingItOnce(@ForAll("pages") Page page) throws Exception {
        Path folder = Files.createTempDirectory("canopy-page");
        try (SyncFixture f = new SyncFixture(folder)) {
            f.ledger.enableTracking(true);
            UUID root = UUID.randomUUID();
            List<Tenant> tenants = new ArrayList<>();
            for (int i = 0; i < page.parents().size(); i++) {
                int parent = page.parents().get(i);
                UUID parentId = parent < 0 || parent >= i ? root : tenants.get(parent).id();
                tenants.add(tenant(UUID.randomUUID(), "Tenant " + i, parentId, i + 2));
            }
            List<PulledChange> first = new ArrayList<>(List.of(upsert(tenant(root, "Northwind", null, 1))));
            tenants.forEach(t -> first.add(upsert(t)));
            f.ledger.applyPage(first, tenants.size() + 1);
            for (int i = 0; i < tenants.size(); i++) {
                if (page.renamedLocally().get(i)) {
                    f.store.execute(new UpdateTenant(tenants.get(i).id(), new TenantChanges("Local " + i, null, null, null, null)));
                }
            }
            List<PulledChange> second = new ArrayList<>();
            for (int i = 0; i < tenants.size(); i++) {
                Map<String, Object> meta = Map.of("version", 100 + i, "updatedAt", "2026-12-01T09:30:00Z",
                        "updatedBy", "sam@northwind.example", "deleted", page.deleted().get(i));
                second.add(new PulledChange(page.deleted().get(i) ? "DELETE" : "UPSERT", "tenant", tenants.get(i).id(),
                        changed(tenants.get(i), 100 + i, Map.of("description", "server " + i, "meta", meta))));
            }
            Collections.shuffle(second, new Random(page.shuffleSeed()));

            f.ledger.applyPage(second, 200);
            String once = snapshot(f);
            f.ledger.applyPage(second, 200);

            assertThat(snapshot(f)).isEqualTo(once);
            for (int i = 0; i < tenants.size(); i++) {
                Tenant local = f.store.tenant(tenants.get(i).id()).orElseThrow();
                assertThat(local.description()).isEqualTo("server " + i);
                assertThat(local.name()).isEqualTo(page.renamedLocally().get(i) ? "Local " + i : "Tenant " + i);
            }
        } finally {
            deleteAll(folder);
        }
    }

    private static String snapshot(SyncFixture f) {
        List<String> rows = new ArrayList<>();
        f.ledger.forEachRecord(c -> rows.add(c.entity() + " " + c.id() + " " + new java.util.TreeMap<>(c.record())));
        rows.add("pending " + f.ledger.pending());
        rows.add("conflicts " + f.ledger.conflicts());
        rows.add("cursor " + f.ledger.cursor());
        rows.sort(Comparator.naturalOrder());
        return String.join("\n", rows);
    }

    private static void deleteAll(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
