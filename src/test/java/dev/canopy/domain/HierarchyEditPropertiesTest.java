package dev.canopy.domain;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hierarchy patched with an edit's changes is the hierarchy built from scratch from the same
 * tenants: same order, same subtree totals, and it names exactly the changes it was made with.
 */
class HierarchyEditPropertiesTest {

    /** kind 0 add under a, 1 move a under b, 2 rename a, 3 change a's own computers, 4 remove a leaf a. */
    record Step(int kind, int a, int b, int n) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 9)).as(Step::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void aPatchedHierarchyEqualsOneBuiltFromScratch(@ForAll("steps") List<Step> steps) {
        Map<UUID, TenantNode> all = new HashMap<>();
        TenantNode root = new TenantNode(UUID.randomUUID(), null, "Northwind", TenantKind.MSP, "", 1);
        all.put(root.id(), root);
        TenantHierarchy current = new TenantHierarchy(all.values());
        for (Step s : steps) {
            List<UUID> ids = new ArrayList<>(all.keySet());
            ids.sort(null);
            TenantNode a = all.get(ids.get(s.a() % ids.size()));
            TenantNode b = all.get(ids.get(s.b() % ids.size()));
            List<TenantNode> changed = new ArrayList<>();
            List<UUID> removed = new ArrayList<>();
            switch (s.kind()) {
                case 0 -> changed.add(new TenantNode(UUID.randomUUID(), a.id(), "T" + s.b(), TenantKind.SUB, "", s.n()));
                case 1 -> {
                    if (a.parentId() != null && !current.isSelfOrDescendant(a.id(), b.id())) {
                        changed.add(new TenantNode(a.id(), b.id(), a.name(), a.kind(), a.timeZone(), a.computers()));
                    }
                }
                case 2 -> changed.add(new TenantNode(a.id(), a.parentId(), "R" + s.b(), a.kind(), a.timeZone(), a.computers()));
                case 3 -> changed.add(new TenantNode(a.id(), a.parentId(), a.name(), a.kind(), a.timeZone(), s.n()));
                default -> {
                    if (a.parentId() != null && current.children(a.id()).isEmpty()) {
                        removed.add(a.id());
                    }
                }
            }
            changed.forEach(node -> all.put(node.id(), node));
            removed.forEach(all::remove);
            TenantHierarchy before = current;
            current = current.with(changed, removed);
            TenantHierarchy scratch = new TenantHierarchy(all.values());

            assertThat(current.depthFirst()).isEqualTo(scratch.depthFirst());
            for (TenantNode node : scratch.depthFirst()) {
                assertThat(current.subtreeComputers(node.id())).as("total of " + node.name()).isEqualTo(scratch.subtreeComputers(node.id()));
            }
            assertThat(current.changesSince(before)).contains(new TenantHierarchy.Changes(changed, removed));
            assertThat(current.changesSince(scratch)).isEmpty();
        }
    }
}
