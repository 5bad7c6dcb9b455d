package dev.canopy.reports;

import dev.canopy.domain.computer.ComputerStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * What the overview needs of every live computer, held in columns (a few dozen bytes a computer, not its records):
 * its tenant, when it was last seen, whether it is compliant, which software it fails, and what it has installed.
 * Built once by {@link FleetFactsBuilder}; counting a tenant's subtree is then a pass over arrays, milliseconds even
 * for 100k computers.
 */
public final class FleetFacts {

    /** Whether a computer meets its effective deployments; UNKNOWN when it never reported an inventory. */
    public enum Verdict { COMPLIANT, NON_COMPLIANT, UNKNOWN }

    final Instant builtAt;
    final UUID[] tenants;
    final Map<UUID, Integer> tenantIndex;
    final UUID[] computers;
    final int[] tenantOf;
    final long[] lastSeen;
    final byte[] verdict;
    /** CSR lists: computer i's failing software names are failing[failingStart[i] .. failingStart[i + 1]). */
    final int[] failingStart;
    final int[] failing;
    final int[] installedStart;
    final int[] installed;
    /** Interned software names, and installs as (name, version) pairs. */
    final String[] names;
    final int[] installName;
    final String[] installVersion;

    FleetFacts(Instant builtAt, UUID[] tenants, UUID[] computers, int[] tenantOf, long[] lastSeen, byte[] verdict,
               int[] failingStart, int[] failing, int[] installedStart, int[] installed, String[] names, int[] installName,
               String[] installVersion) {
        this.builtAt = builtAt;
        this.tenants = tenants;
        this.tenantIndex = new HashMap<>(tenants.length * 2);
        for (int i = 0; i < tenants.length; i++) {
            tenantIndex.put(tenants[i], i);
        }
        this.computers = computers;
        this.tenantOf = tenantOf;
        this.lastSeen = lastSeen;
        this.verdict = verdict;
        this.failingStart = failingStart;
        this.failing = failing;
        this.installedStart = installedStart;
        this.installed = installed;
        this.names = names;
        this.installName = installName;
        this.installVersion = installVersion;
    }

    public int size() {
        return computers.length;
    }

    public Instant builtAt() {
        return builtAt;
    }

    /** The computers whose tenant is one of these. */
    public Selection select(Collection<UUID> tenantIds) {
        BitSet in = new BitSet(tenants.length);
        for (UUID id : tenantIds) {
            Integer index = tenantIndex.get(id);
            if (index != null) {
                in.set(index);
            }
        }
        return new Selection(in);
    }

    /** Some tenants' computers, counted and listed by what the overview asks. */
    public final class Selection {
        private final BitSet tenantsIn;

        private Selection(BitSet tenantsIn) {
            this.tenantsIn = tenantsIn;
        }

        private boolean has(int computer) {
            return tenantsIn.get(tenantOf[computer]);
        }

        public int[] statusCounts(Instant now) {
            int[] counts = new int[ComputerStatus.values().length];
            for (int i = 0; i < computers.length; i++) {
                if (has(i)) {
                    counts[status(i, now).ordinal()]++;
                }
            }
            return counts;
        }

        public int[] verdictCounts() {
            int[] counts = new int[Verdict.values().length];
            for (int i = 0; i < computers.length; i++) {
                if (has(i)) {
                    counts[verdict[i]]++;
                }
            }
            return counts;
        }

        /** Per software name, the computers that fail it, most first. */
        public List<Count> failingSoftware(int limit) {
            int[] perName = new int[names.length];
            for (int i = 0; i < computers.length; i++) {
                if (has(i)) {
                    for (int k = failingStart[i]; k < failingStart[i + 1]; k++) {
                        perName[failing[k]]++;
                    }
                }
            }
            return top(perName, limit);
        }

        /** Per software name, the computers that have it installed and how they spread over versions. */
        public List<Installs> inventory() {
            Map<Integer, Map<String, Integer>> byName = new HashMap<>();
            for (int i = 0; i < computers.length; i++) {
                if (has(i)) {
                    for (int k = installedStart[i]; k < installedStart[i + 1]; k++) {
                        int install = installed[k];
                        byName.computeIfAbsent(installName[install], n -> new HashMap<>()).merge(installVersion[install], 1, Integer::sum);
                    }
                }
            }
            List<Installs> out = new ArrayList<>(byName.size());
            byName.forEach((name, versions) -> out.add(new Installs(names[name], versions)));
            out.sort(Installs.MOST_FIRST);
            return out;
        }

        public List<UUID> withStatus(ComputerStatus status, Instant now) {
            return ids(i -> status(i, now) == status);
        }

        public List<UUID> withVerdict(Verdict wanted) {
            return ids(i -> verdict[i] == wanted.ordinal());
        }

        public List<UUID> failing(String software) {
            int name = Arrays.asList(names).indexOf(software);
            return ids(i -> contains(failing, failingStart[i], failingStart[i + 1], name));
        }

        public List<UUID> installing(String software, String version) {
            return ids(i -> {
                for (int k = installedStart[i]; k < installedStart[i + 1]; k++) {
                    int install = installed[k];
                    if (names[installName[install]].equals(software) && (version == null || installVersion[install].equals(version))) {
                        return true;
                    }
                }
                return false;
            });
        }

        /** Per tenant of the selection, its computers' verdict counts (for ranking clients). */
        public Map<UUID, int[]> verdictsByTenant() {
            Map<UUID, int[]> out = new HashMap<>();
            for (int i = 0; i < computers.length; i++) {
                if (has(i)) {
                    out.computeIfAbsent(tenants[tenantOf[i]], t -> new int[Verdict.values().length])[verdict[i]]++;
                }
            }
            return out;
        }

        private List<UUID> ids(IntPredicate wanted) {
            List<UUID> out = new ArrayList<>();
            for (int i = 0; i < computers.length; i++) {
                if (has(i) && wanted.test(i)) {
                    out.add(computers[i]);
                }
            }
            return out;
        }
    }

    private ComputerStatus status(int computer, Instant now) {
        return ComputerStatus.of(lastSeen[computer] == Long.MIN_VALUE ? null : Instant.ofEpochMilli(lastSeen[computer]), now);
    }

    private static boolean contains(int[] values, int from, int to, int wanted) {
        for (int k = from; k < to; k++) {
            if (values[k] == wanted) {
                return true;
            }
        }
        return false;
    }

    private List<Count> top(int[] perName, int limit) {
        List<Count> out = new ArrayList<>();
        for (int n = 0; n < perName.length; n++) {
            if (perName[n] > 0) {
                out.add(new Count(names[n], perName[n]));
            }
        }
        out.sort(Count.MOST_FIRST);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** A name and how many computers it stands for. */
    public record Count(String name, int computers) {
        static final java.util.Comparator<Count> MOST_FIRST = java.util.Comparator.comparingInt(Count::computers).reversed()
                .thenComparing(Count::name, String.CASE_INSENSITIVE_ORDER);
    }

    /** A software title's installs, by version. */
    public record Installs(String software, Map<String, Integer> versions) {
        static final java.util.Comparator<Installs> MOST_FIRST = java.util.Comparator.comparingInt(Installs::computers).reversed()
                .thenComparing(Installs::software, String.CASE_INSENSITIVE_ORDER);

        public Installs {
            versions = Map.copyOf(versions);
        }

        public int computers() {
            return versions.values().stream().mapToInt(Integer::intValue).sum();  // side-by-side versions count once each
        }
    }
}
