package dev.canopy.domain;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.domain.tenant.TenantSearch;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TenantHierarchyTest {

    private static final UUID MSP = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID BERLIN = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();

    private final TenantHierarchy hierarchy = new TenantHierarchy(List.of(
            new TenantNode(MSP, null, "Northwind", TenantKind.MSP, "America/New_York", 2),
            new TenantNode(GLOBEX, MSP, "globex", TenantKind.CLIENT, "", 5),
            new TenantNode(ACME, MSP, "Acme", TenantKind.CLIENT, "Europe/Berlin", 10),
            new TenantNode(BERLIN, ACME, "Acme Berlin", TenantKind.SUB, "", 7)));

    @Test
    void childrenAreSortedByNameIgnoringCaseAndComputersSumOverSubtrees() {
        assertThat(hierarchy.children(MSP)).extracting(TenantNode::name).containsExactly("Acme", "globex");
        assertThat(hierarchy.subtreeComputers(ACME)).isEqualTo(17);
        assertThat(hierarchy.totalComputers()).isEqualTo(24);
    }

    @Test
    void movesUnderOwnDescendantsTheRootOrANameClashAreExplained() {
        assertThat(hierarchy.moveProblem(ACME, BERLIN)).hasValueSatisfying(m -> assertThat(m).contains("cannot move under its own descendant"));
        assertThat(hierarchy.moveProblem(MSP, ACME)).hasValueSatisfying(m -> assertThat(m).contains("cannot be moved"));
        assertThat(hierarchy.moveProblem(BERLIN, ACME)).hasValueSatisfying(m -> assertThat(m).contains("already under"));
        assertThat(hierarchy.moveProblem(GLOBEX, ACME)).isEmpty();
    }

    @Test
    void searchKeepsAncestorsOfMatches() {
        TenantSearch.Result result = new TenantSearch(hierarchy).search("BERL");
        assertThat(result.matches()).containsExactly(BERLIN);
        assertThat(result.visible()).containsExactlyInAnyOrder(MSP, ACME, BERLIN);
    }

    @Test
    void aBroadSearchListsMatchesInTreeOrderAndOpensTheWayToTheFirstOnesOnly() {
        TenantSearch search = new TenantSearch(hierarchy);
        TenantSearch.Result result = search.search("e");
        assertThat(result.matches()).containsExactly(ACME, BERLIN, GLOBEX);
        assertThat(search.toOpen(result, 1)).as("Acme's parent only").containsExactly(MSP);
        assertThat(search.toOpen(result, 2)).as("Acme Berlin needs Acme open").containsExactlyInAnyOrder(MSP, ACME);
        assertThat(search.toOpen(result, 10)).containsExactlyInAnyOrder(MSP, ACME);
        assertThat(search.toOpen(search.search("north"), 10)).as("the root is always shown").isEmpty();
    }

    @Test
    void effectiveTimeZoneIsTheNearestSetOne() {
        assertThat(TenantNode.effectiveTimeZone(hierarchy.path(BERLIN))).isEqualTo("Europe/Berlin");
        assertThat(TenantNode.effectiveTimeZone(hierarchy.path(GLOBEX))).isEqualTo("America/New_York");
    }

    @Property(tries = 200)
    void moveIsAllowedExactlyWhenTheTargetIsNotInsideTheTenant(@ForAll("trees") List<TenantNode> nodes,
                                                               @ForAll @IntRange(min = 0, max = 10_000) int a,
                                                               @ForAll @IntRange(min = 0, max = 10_000) int b) {
        TenantHierarchy tree = new TenantHierarchy(nodes);
        TenantNode mover = nodes.get(a % nodes.size());
        TenantNode target = nodes.get(b % nodes.size());
        boolean targetInside = bruteForceDescendants(nodes, mover.id()).contains(target.id()) || mover.id().equals(target.id());
        boolean cycleRefused = tree.moveProblem(mover.id(), target.id())
                .map(m -> m.contains("own descendant") || m.contains("its own parent")).orElse(false);
        if (mover.parentId() != null) {
            assertThat(cycleRefused).isEqualTo(targetInside);
        }
    }

    @Property(tries = 200)
    void searchShowsExactlyTheMatchesAndTheirAncestors(@ForAll("trees") List<TenantNode> nodes, @ForAll("queries") String query) {
        TenantHierarchy tree = new TenantHierarchy(nodes);
        TenantSearch.Result result = new TenantSearch(tree).search(query);
        Set<UUID> expected = new HashSet<>();
        for (TenantNode node : nodes) {
            if (node.name().toLowerCase().contains(query)) {
                for (TenantNode step : tree.path(node.id())) {
                    expected.add(step.id());
                }
            }
        }
        assertThat(result.visible()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of("a", "b", "ab", "c", "zz");
    }

    @Provide
    Arbitrary<List<TenantNode>> trees() {
        return Arbitraries.integers().between(1, 40).flatMap(size -> Arbitraries.longs().map(seed -> randomTree(size, seed)));
    }

    private static List<TenantNode> randomTree(int size, long seed) {
        Random random = new Random(seed);
        List<TenantNode> nodes = new ArrayList<>();
        nodes.add(new TenantNode(UUID.randomUUID(), null, "root", TenantKind.MSP, "", 0));
        for (int i = 1; i < size; i++) {
            TenantNode parent = nodes.get(random.nextInt(nodes.size()));
            String name = "" + "abc".charAt(random.nextInt(3)) + "abc".charAt(random.nextInt(3)) + i;
            nodes.add(new TenantNode(UUID.randomUUID(), parent.id(), name, TenantKind.forChildOf(parent.kind()), "", random.nextInt(5)));
        }
        return nodes;
    }

    private static Set<UUID> bruteForceDescendants(List<TenantNode> nodes, UUID of) {
        Set<UUID> found = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TenantNode node : nodes) {
                if (node.parentId() != null && (node.parentId().equals(of) || found.contains(node.parentId())) && found.add(node.id())) {
                    grew = true;
                }
            }
        }
        return found;
    }
}
