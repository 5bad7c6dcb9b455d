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
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    void aTenantsPathReadsFromTheRootDown() {
        assertThat(hierarchy.pathText(BERLIN)).isEqualTo("Northwind › Acme › Acme Berlin");
        assertThat(hierarchy.pathText(MSP)).isEqualTo("Northwind");
        assertThat(hierarchy.pathText(UUID.randomUUID())).isEmpty();
    }

    /** A technician placed in Acme holds Acme and its subtree, not the MSP above it (the server's scope). */
    @Test
    void aScopedCopyStartsAtTheClientWhoseParentItDoesNotHold() {
        UUID munich = UUID.randomUUID();
        TenantHierarchy scoped = new TenantHierarchy(List.of(
                new TenantNode(BERLIN, ACME, "Acme Berlin", TenantKind.SUB, "", 7),
                new TenantNode(ACME, MSP, "Acme", TenantKind.CLIENT, "Europe/Berlin", 10)));
        assertThat(scoped.root()).map(TenantNode::id).hasValue(ACME);
        assertThat(scoped.isTop(ACME)).isTrue();
        assertThat(scoped.isMspRoot(ACME)).as("the top of a scoped copy is not the MSP").isFalse();
        assertThat(scoped.pathText(BERLIN)).isEqualTo("Acme › Acme Berlin");
        assertThat(scoped.totalComputers()).isEqualTo(17);
        assertThat(scoped.depthFirst()).extracting(TenantNode::id).containsExactly(ACME, BERLIN);
        assertThat(scoped.moveProblem(ACME, BERLIN)).hasValueSatisfying(m -> assertThat(m).contains("top of your scope"));

        TenantHierarchy grown = scoped.with(List.of(new TenantNode(munich, ACME, "Acme Munich", TenantKind.SUB, "", 1)), List.of());
        assertThat(grown.root()).map(TenantNode::id).hasValue(ACME);
        assertThat(grown.children(ACME)).extracting(TenantNode::name).containsExactly("Acme Berlin", "Acme Munich");
        assertThat(grown.totalComputers()).isEqualTo(18);
        assertThat(hierarchy.isMspRoot(MSP)).isTrue();
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

    /** Why a move is refused, if it is, in the order TenantHierarchy checks. */
    enum MoveOutcome { MOVES_THE_ROOT, MAKES_A_CYCLE, ALREADY_THERE, NAME_TAKEN, ALLOWED }

    record Move(List<TenantNode> nodes, TenantNode mover, TenantNode target) {
    }

    @Property(tries = 300)
    void aMoveIsRefusedExactlyWhenItMovesTheRootOrMakesACycleAndIsAllowedOtherwise(@ForAll("moves") Move move) {
        TenantHierarchy tree = new TenantHierarchy(move.nodes());
        Optional<String> problem = tree.moveProblem(move.mover().id(), move.target().id());
        MoveOutcome expected = bruteForceOutcome(move);
        switch (expected) {
            case MOVES_THE_ROOT -> assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("is the root; it cannot be moved"));
            case MAKES_A_CYCLE -> assertThat(problem).hasValueSatisfying(m -> assertThat(m).containsAnyOf("its own parent", "own descendant"));
            case ALREADY_THERE -> assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("is already under"));
            case NAME_TAKEN -> assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains("already has a tenant named"));
            case ALLOWED -> assertThat(problem).isEmpty();
        }
        Statistics.label("outcome").collect(expected);
        // both directions on every run, not by luck of the draw
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(MoveOutcome.ALLOWED).percentage(p -> p >= 15);
            coverage.check(MoveOutcome.MAKES_A_CYCLE).percentage(p -> p >= 10);
            coverage.check(MoveOutcome.MOVES_THE_ROOT).percentage(p -> p >= 10);
        });
    }

    /** The reference: a cycle is the target being the mover or below it, found by climbing the target's parent links. */
    private static MoveOutcome bruteForceOutcome(Move move) {
        TenantNode mover = move.mover();
        TenantNode target = move.target();
        if (mover.parentId() == null) {
            return MoveOutcome.MOVES_THE_ROOT;
        }
        for (UUID up = target.id(); up != null; up = parentOf(move.nodes(), up)) {
            if (up.equals(mover.id())) {
                return MoveOutcome.MAKES_A_CYCLE;
            }
        }
        if (target.id().equals(mover.parentId())) {
            return MoveOutcome.ALREADY_THERE;
        }
        boolean taken = move.nodes().stream()
                .anyMatch(n -> target.id().equals(n.parentId()) && n.name().equalsIgnoreCase(mover.name()));
        return taken ? MoveOutcome.NAME_TAKEN : MoveOutcome.ALLOWED;
    }

    private static UUID parentOf(List<TenantNode> nodes, UUID id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().map(TenantNode::parentId).orElse(null);
    }

    @Provide
    Arbitrary<Move> moves() {
        return trees().flatMap(nodes -> {
            // the root (node 0) on purpose in about one move in seven, and in every tree of the root alone
            Arbitrary<Integer> movers = nodes.size() == 1 ? Arbitraries.just(0) : Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(0)), Tuple.of(6, Arbitraries.integers().between(1, nodes.size() - 1)));
            return movers.flatMap(m -> {
                TenantNode mover = nodes.get(m);
                Set<UUID> below = bruteForceDescendants(nodes, mover.id());
                List<TenantNode> inside = nodes.stream().filter(n -> n.equals(mover) || below.contains(n.id())).toList();
                Arbitrary<TenantNode> targets = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(inside)), Tuple.of(3, Arbitraries.of(nodes)));
                return targets.map(target -> new Move(nodes, mover, target));
            });
        });
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

    /**
     * One search object typed into as a technician types (letters, backspaces, clearing, retyping): it reuses earlier
     * results, so after every keystroke its result must equal a fresh search's, matches in tree order.
     */
    @Property(tries = 200)
    void typingIntoOneSearchGivesWhatAFreshSearchGives(@ForAll("trees") List<TenantNode> nodes, @ForAll("typing") List<Character> keys) {
        TenantHierarchy tree = new TenantHierarchy(nodes);
        TenantSearch typed = new TenantSearch(tree);
        StringBuilder text = new StringBuilder();
        for (char key : keys) {
            if (key == '<') {
                if (!text.isEmpty()) {
                    text.setLength(text.length() - 1);
                }
            } else if (key == '#') {
                text.setLength(0);
            } else {
                text.append(key);
            }
            TenantSearch.Result incremental = typed.search(text.toString());
            TenantSearch.Result fresh = new TenantSearch(tree).search(text.toString());
            assertThat(List.copyOf(incremental.matches())).as("matches of \"%s\"", text).isEqualTo(List.copyOf(fresh.matches()));
            assertThat(incremental.visible()).as("shown for \"%s\"", text).isEqualTo(fresh.visible());
            assertThat(incremental.matchCount()).isEqualTo(fresh.matches().size());
            for (TenantNode node : nodes) {
                assertThat(incremental.isMatch(node.id())).isEqualTo(fresh.matches().contains(node.id()));
                assertThat(incremental.isVisible(node.id())).isEqualTo(fresh.visible().contains(node.id()));
            }
            assertThat(typed.toOpen(incremental, 3)).isEqualTo(new TenantSearch(tree).toOpen(fresh, 3));
        }
    }

    @Provide
    Arbitrary<List<Character>> typing() {
        // letters of the trees' names, a space, backspace (<) and clearing (#)
        return Arbitraries.of('a', 'b', 'c', 'A', 'B', ' ', '<', '<', '#').list().ofMinSize(1).ofMaxSize(40);
    }

    @Test
    void aSearchGivesItsMatchesInTreeOrderAndTheirIndexes() {
        TenantSearch search = new TenantSearch(hierarchy);
        TenantSearch.Result result = search.search("e");
        assertThat(result.matchCount()).isEqualTo(3);
        assertThat(search.node(search.indexOf(ACME)).id()).isEqualTo(ACME);
        assertThat(search.indexOf(UUID.randomUUID())).isEqualTo(-1);
        assertThat(result.isVisibleAt(search.indexOf(MSP))).isTrue();
        assertThat(result.isMatch(UUID.randomUUID())).isFalse();
        assertThat(TenantSearch.Result.everything().isVisibleAt(0)).as("no query shows everything").isTrue();
        assertThat(search.search("  E ")).as("the same query again is the kept result").isSameAs(result);
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
            String name = siblingFreeName(nodes, parent.id(), random, i);
            nodes.add(new TenantNode(UUID.randomUUID(), parent.id(), name, TenantKind.forChildOf(parent.kind()), "", random.nextInt(5)));
        }
        return nodes;
    }

    /** Two letters of "abc" in either case, so names recur across the tree (a move can clash); unique among siblings. */
    private static String siblingFreeName(List<TenantNode> nodes, UUID parentId, Random random, int i) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String name = "" + "abcABC".charAt(random.nextInt(6)) + "abcABC".charAt(random.nextInt(6));
            if (nodes.stream().noneMatch(n -> parentId.equals(n.parentId()) && n.name().equalsIgnoreCase(name))) {
                return name;
            }
        }
        return "c" + i;
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
