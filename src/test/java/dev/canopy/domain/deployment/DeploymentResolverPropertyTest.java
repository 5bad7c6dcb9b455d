package dev.canopy.domain.deployment;

import dev.canopy.domain.RecordMeta;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolver against a brute-force reference written straight from DESIGN.md: try every
 * deployment, keep those that reach the computer by walking the tenant tree's parent links, and
 * pick the best by pairwise comparison.
 */
class DeploymentResolverPropertyTest {

    private static final String[] SOFTWARE = {"7-Zip", "7-zip", "Chrome", "Zoom"};
    private static final String[] TAGS = {"vip", "VIP", "lab"};
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    /** parents[i] is the index of tenant i+1's parent (0..i); tenant 0 is the MSP root. */
    record Scenario(List<Integer> parents, int computerTenant, Set<String> computerTags, boolean optOut, List<Spec> specs) {
    }

    /** A deployment in terms of indexes, turned into a real one against the scenario's tenants. */
    record Spec(int software, DeploymentScope scope, int owner, boolean children, int listed, int tag, int flags, long idBits) {
    }

    @Property(tries = 500)
    void resolverPicksTheSameWinnerAsTheReference(@ForAll("scenarios") Scenario s) {
        int tenants = s.parents().size() + 1;
        UUID[] tenantIds = new UUID[tenants];
        for (int i = 0; i < tenants; i++) {
            tenantIds[i] = new UUID(0x7E7A, i);
        }
        Map<UUID, UUID> parentOf = new HashMap<>();
        for (int i = 1; i < tenants; i++) {
            parentOf.put(tenantIds[i], tenantIds[s.parents().get(i - 1)]);
        }
        UUID computerTenant = tenantIds[Math.min(s.computerTenant(), tenants - 1)];
        UUID computerId = new UUID(0xC0, 1);
        UUID otherComputer = new UUID(0xC0, 2);

        List<Deployment> deployments = new ArrayList<>();
        for (Spec spec : s.specs()) {
            UUID owner = spec.scope() == DeploymentScope.CROSS_TENANT ? tenantIds[0] : tenantIds[spec.owner() % tenants];
            List<UUID> listed = switch (spec.listed()) {
                case 0 -> List.of(computerId);
                case 1 -> List.of(otherComputer);
                default -> List.of(otherComputer, computerId);
            };
            boolean enabled = spec.flags() % 7 != 0;
            boolean deleted = spec.flags() % 11 == 0;
            Instant updatedAt = T0.plusSeconds(spec.flags() % 2);
            deployments.add(new Deployment(new UUID(spec.idBits(), spec.idBits() * 31), owner, SOFTWARE[spec.software()],
                    DesiredState.values()[spec.flags() % DesiredState.values().length], "", Enforcement.REQUIRED, spec.scope(),
                    spec.children(), listed, TAGS[spec.tag()], DeploymentOrder.UNORDERED, enabled,
                    new RecordMeta(0, updatedAt, "bob", deleted)));
        }

        List<UUID> path = new ArrayList<>();
        for (UUID t = computerTenant; t != null; t = parentOf.get(t)) {
            path.add(0, t);
        }
        ComputerContext context = new ComputerContext(computerId, path, s.computerTags(), s.optOut());
        Map<String, Resolution> actual = DeploymentResolver.resolve(context, deployments);

        // the reference
        Map<String, List<Deployment>> reachingBySoftware = new HashMap<>();
        for (Deployment d : deployments) {
            if (reaches(d, computerId, computerTenant, s.computerTags(), s.optOut(), parentOf)) {
                reachingBySoftware.computeIfAbsent(d.software().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(d);
            }
        }
        assertThat(actual.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList())
                .containsExactlyInAnyOrderElementsOf(reachingBySoftware.keySet());
        reachingBySoftware.forEach((software, reaching) -> {
            Deployment best = reaching.get(0);
            for (Deployment d : reaching) {
                if (better(d, best, computerTenant, parentOf)) {
                    best = d;
                }
            }
            Resolution r = actual.get(software);
            assertThat(r.winner()).as(software).isEqualTo(best);
            assertThat(r.software()).isEqualTo(best.software());
            List<Deployment> others = new ArrayList<>(reaching);
            others.remove(best);
            assertThat(r.beaten()).extracting(Beaten::deployment).containsExactlyInAnyOrderElementsOf(others);
            assertThat(r.beaten()).allSatisfy(b -> assertThat(b.by()).isEqualTo(r.winner()));
        });
    }

    private static boolean reaches(Deployment d, UUID computerId, UUID computerTenant, Set<String> tags, boolean optOut,
                                   Map<UUID, UUID> parentOf) {
        if (!d.enabled() || d.meta().deleted()) {
            return false;
        }
        return switch (d.scope()) {
            case CROSS_TENANT -> !optOut;
            case TENANT -> computerTenant.equals(d.ownerTenantId())
                    || d.includeChildTenants() && distanceUp(computerTenant, d.ownerTenantId(), parentOf) >= 0;
            case COMPUTER -> d.computerIds().contains(computerId);
            case TAG -> tags.stream().anyMatch(t -> t.equalsIgnoreCase(d.tag()))
                    && distanceUp(computerTenant, d.ownerTenantId(), parentOf) >= 0;
        };
    }

    /** Steps from the computer's tenant up to the ancestor (0 for itself), or -1 when it is not above it. */
    private static int distanceUp(UUID from, UUID ancestor, Map<UUID, UUID> parentOf) {
        int steps = 0;
        for (UUID t = from; t != null; t = parentOf.get(t), steps++) {
            if (t.equals(ancestor)) {
                return steps;
            }
        }
        return -1;
    }

    private static int scopeScore(DeploymentScope scope) {
        return switch (scope) {
            case COMPUTER -> 40;
            case TENANT -> 30;
            case TAG -> 20;
            case CROSS_TENANT -> 10;
        };
    }

    /** Is a strictly better than b for this computer? */
    private static boolean better(Deployment a, Deployment b, UUID computerTenant, Map<UUID, UUID> parentOf) {
        if (scopeScore(a.scope()) != scopeScore(b.scope())) {
            return scopeScore(a.scope()) > scopeScore(b.scope());
        }
        if (a.scope() == DeploymentScope.TENANT || a.scope() == DeploymentScope.TAG) {
            int da = distanceUp(computerTenant, a.ownerTenantId(), parentOf);
            int db = distanceUp(computerTenant, b.ownerTenantId(), parentOf);
            if (da != db) {
                return da < db;
            }
        }
        if (!a.meta().updatedAt().equals(b.meta().updatedAt())) {
            return a.meta().updatedAt().isAfter(b.meta().updatedAt());
        }
        return a.id().toString().compareTo(b.id().toString()) < 0;
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> parents = Arbitraries.integers().between(0, 5).list().ofMaxSize(5)
                .map(raw -> {
                    List<Integer> fixed = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        fixed.add(raw.get(i) % (i + 1)); // a parent is always an earlier tenant: a tree
                    }
                    return fixed;
                });
        Arbitrary<Set<String>> tags = Arbitraries.of(TAGS).set().ofMaxSize(2).map(HashSet::new);
        Arbitrary<Spec> spec = Combinators.combine(
                Arbitraries.integers().between(0, SOFTWARE.length - 1),
                Arbitraries.of(DeploymentScope.class),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, TAGS.length - 1),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.longs().between(1, 40)).as(Spec::new);
        return Combinators.combine(parents, Arbitraries.integers().between(0, 5), tags, Arbitraries.of(true, false),
                        spec.list().ofMaxSize(14).uniqueElements(Spec::idBits))
                .as(Scenario::new);
    }
}
