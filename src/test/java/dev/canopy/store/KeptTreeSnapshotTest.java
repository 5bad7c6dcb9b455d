package dev.canopy.store;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree's snapshot is kept between edits and patched with what each edit saved; after any run of
 * creates, renames, moves, deletes and restores it must equal what a fresh read of the database gives.
 */
class KeptTreeSnapshotTest {

    /** One step: which kind of edit, and two picks among the tenants made so far. */
    record Step(int kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 15)
    void theKeptSnapshotEqualsAFreshReadAfterEveryEdit(@ForAll("steps") List<Step> steps) throws Exception {
        Path folder = Files.createTempDirectory("canopy-snapshot");
        try (LocalStore store = LocalStore.open(folder)) {
            List<UUID> ids = new ArrayList<>();
            UUID root = UUID.randomUUID();
            store.execute(new CreateTenant(root, null, "Northwind"));
            ids.add(root);
            store.loadHierarchy();  // kept from here on
            for (Step s : steps) {
                UUID a = ids.get(s.a() % ids.size());
                UUID b = ids.get(s.b() % ids.size());
                Command command = switch (s.kind()) {
                    case 0 -> new CreateTenant(UUID.randomUUID(), a, "T" + ids.size());
                    case 1 -> new UpdateTenant(a, TenantChanges.rename("Renamed " + s.b()));
                    case 2 -> new UpdateTenant(a, TenantChanges.move(b));
                    case 3 -> new DeleteTenant(a);
                    default -> new RestoreTenant(a);
                };
                try {
                    store.execute(command);
                    if (command instanceof CreateTenant create) {
                        ids.add(create.id());
                    }
                } catch (RuleViolation refused) {
                    // refused edits change nothing; the snapshot must not change either
                }
                assertThat(shape(store.loadHierarchy())).as("after " + command).isEqualTo(shape(freshRead(store)));
            }
        }
    }

    private static TenantHierarchy freshRead(LocalStore store) {
        return HierarchyQuery.load(store.dataSourceForTests(), new ComputerCountCache());
    }

    private static List<TenantNode> shape(TenantHierarchy hierarchy) {
        return hierarchy.depthFirst();
    }
}
