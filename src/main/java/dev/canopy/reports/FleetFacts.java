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

    /** No computers at all (what a view counts from before the first facts are read). */
    public static final FleetFacts EMPTY = new FleetFacts(Instant.EPOCH, new UUID[0], new UUID[0], new int[0], new long[0], new byte[0],
            new int[]{0}, new int[0], new int[]{0}, new int[0], new String[0], new int[0], new String[0],
            new People(new int[0], new byte[0]), new Sessions(new UUID[0], new int[0], new long[0], new byte[0]));

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
    final People people;
    final Sessions sessions;

    /** Active people: each one's tenant (index) and role (ordinal, -1 for none). */
    record People(int[] tenant, byte[] role) {
    }

    /** Live maintenance sessions, newest first: id, tenant (index), start (epoch ms) and status (ordinal). */
    record Sessions(UUID[] ids, int[] tenant, long[] started, byte[] status) {
    }

    FleetFacts(Instant builtAt, UUID[] tenants, UUID[] computers, int[] tenantOf, long[] lastSeen, byte[] verdict,
               int[] failingStart, int[] failing, int[] installedStart, int[] installed, String[] names, int[] installName,
               String[] installVersion, People people, Sessions sessions) {
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
        this.people = people;
        this.sessions = sessions;
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

        /** Active people by role (every role present; no role under empty). */
        public Map<java.util.Optional<dev.canopy.domain.person.Role>, Integer> peopleByRole() {
            dev.canopy.domain.person.Role[] roles = dev.canopy.domain.person.Role.values();
            int[] counts = new int[roles.length + 1];
            for (int i = 0; i < people.tenant().length; i++) {
                if (tenantsIn.get(people.tenant()[i])) {
                    int role = people.role()[i];
                    counts[role < 0 ? roles.length : role]++;
                }
            }
            Map<java.util.Optional<dev.canopy.domain.person.Role>, Integer> out = new java.util.LinkedHashMap<>();
            for (dev.canopy.domain.person.Role role : roles) {
                out.put(java.util.Optional.of(role), counts[role.ordinal()]);
            }
            out.put(java.util.Optional.empty(), counts[roles.length]);
            return out;
        }

        /** Sessions started at or after {@code since}, per status (every status present). */
        public Map<dev.canopy.domain.session.SessionStatus, Integer> sessionCounts(Instant since) {
            Map<dev.canopy.domain.session.SessionStatus, Integer> out = new java.util.EnumMap<>(dev.canopy.domain.session.SessionStatus.class);
            for (dev.canopy.domain.session.SessionStatus status : dev.canopy.domain.session.SessionStatus.values()) {
                out.put(status, 0);
            }
            long from = since.toEpochMilli();
            for (int i = 0; i < sessions.ids().length && sessions.started()[i] >= from; i++) {
                if (tenantsIn.get(sessions.tenant()[i])) {
                    out.merge(dev.canopy.domain.session.SessionStatus.values()[sessions.status()[i]], 1, Integer::sum);
                }
            }
            return out;
        }

        /** The newest sessions of the selection, at most {@code limit} of the given status (null for any), newest first. */
        public List<UUID> newestSessions(dev.canopy.domain.session.SessionStatus status, int limit) {
            List<UUID> out = new ArrayList<>(limit);
            for (int i = 0; i < sessions.ids().length && out.size() < limit; i++) {
                if (tenantsIn.get(sessions.tenant()[i]) && (status == null || sessions.status()[i] == status.ordinal())) {
                    out.add(sessions.ids()[i]);
                }
            }
            return out;
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
