package dev.canopy.reports;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Compliance;
import dev.canopy.domain.deployment.ComputerCompliance;
import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.Finding;
import dev.canopy.domain.deployment.LatestKnownVersions;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Reads every live computer once, a few hundred tenants at a time (so no more than a chunk of full records is ever in
 * memory), judges it against its effective deployments and keeps only {@link FleetFacts}. Computers of one tenant
 * with the same tags resolve alike unless a Computer-scope deployment lists them, so resolution runs once per
 * (tenant, tags) rather than once per computer.
 */
public final class FleetFactsBuilder {

    private static final int TENANTS_PER_READ = 400;
    private static final String OPT_OUT = "deployment.excludeFromCrossTenant";

    private final LocalStore store;
    private final Clock clock;

    public FleetFactsBuilder(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param cancelled asked between reads; the build stops with a {@link java.util.concurrent.CancellationException} */
    public FleetFacts build(TenantHierarchy hierarchy, BooleanSupplier cancelled) {
        List<TenantNode> order = hierarchy.depthFirst();
        UUID[] tenants = order.stream().map(TenantNode::id).toArray(UUID[]::new);
        Map<UUID, Integer> tenantIndex = new HashMap<>();
        for (int i = 0; i < tenants.length; i++) {
            tenantIndex.put(tenants[i], i);
        }
        List<UUID> all = List.of(tenants);
        DeploymentIndex deployments = DeploymentIndex.of(store.records(DeploymentKind.INSTANCE, all));
        PreferenceTree preferences = PreferenceTree.of(hierarchy, TenantPreference.index(store.preferences()), PreferenceCatalogue.standard().all());
        LatestKnownVersions latest = new LatestKnownVersions().addAll(store.knownSoftwareVersions());
        Columns columns = new Columns();
        Map<String, Map<String, Resolution>> alike = new HashMap<>();
        for (int from = 0; from < tenants.length; from += TENANTS_PER_READ) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("overview build cancelled");
            }
            List<UUID> chunk = all.subList(from, Math.min(tenants.length, from + TENANTS_PER_READ));
            for (Computer c : store.computers(chunk, true)) {
                Map<String, Resolution> effective = effective(c, hierarchy, deployments, preferences, alike);
                columns.add(c, tenantIndex.get(c.tenantId()), Compliance.evaluate(c.software(), effective, latest));
            }
            alike.clear();  // the next chunk holds other tenants
        }
        return columns.facts(clock.instant(), tenants);
    }

    private static Map<String, Resolution> effective(Computer c, TenantHierarchy hierarchy, DeploymentIndex deployments,
                                                     PreferenceTree preferences, Map<String, Map<String, Resolution>> alike) {
        if (deployments.listsComputer(c.id())) {
            return DeploymentResolver.resolve(context(c, hierarchy, preferences), deployments);
        }
        String key = c.tenantId() + "|" + String.join("|", c.tags().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        return alike.computeIfAbsent(key, k -> DeploymentResolver.resolve(context(c, hierarchy, preferences), deployments));
    }

    private static ComputerContext context(Computer c, TenantHierarchy hierarchy, PreferenceTree preferences) {
        List<UUID> path = hierarchy.path(c.tenantId()).stream().map(TenantNode::id).toList();
        return ComputerContext.of(c, path, tenant -> Boolean.parseBoolean(preferences.effective(tenant, OPT_OUT).value()));
    }

    /** The growing columns; names and (name, version) installs are interned so each is held once. */
    private static final class Columns {
        private final List<UUID> ids = new ArrayList<>();
        private final IntList tenantOf = new IntList();
        private long[] lastSeen = new long[1024];
        private final ByteList verdicts = new ByteList();
        private final IntList failingStart = new IntList();
        private final IntList failing = new IntList();
        private final IntList installedStart = new IntList();
        private final IntList installed = new IntList();
        private final Map<String, Integer> nameIds = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final Map<Long, Integer> installIds = new HashMap<>();
        private final IntList installName = new IntList();
        private final List<String> installVersion = new ArrayList<>();
        private final Map<String, Map<String, Integer>> versionIds = new HashMap<>();

        void add(Computer c, int tenant, ComputerCompliance judged) {
            ids.add(c.id());
            tenantOf.add(tenant);
            if (ids.size() > lastSeen.length) {
                lastSeen = java.util.Arrays.copyOf(lastSeen, lastSeen.length * 2);
            }
            lastSeen[ids.size() - 1] = c.lastSeen() == null ? Long.MIN_VALUE : c.lastSeen().toEpochMilli();
            FleetFacts.Verdict verdict = c.software().isEmpty() ? FleetFacts.Verdict.UNKNOWN
                    : judged.compliant() ? FleetFacts.Verdict.COMPLIANT : FleetFacts.Verdict.NON_COMPLIANT;
            verdicts.add((byte) verdict.ordinal());
            failingStart.add(failing.size());
            if (verdict == FleetFacts.Verdict.NON_COMPLIANT) {
                for (Finding f : judged.failures()) {
                    failing.add(name(f.software()));
                }
            }
            installedStart.add(installed.size());
            for (Software s : c.software()) {
                installed.add(install(s.name(), s.version() == null ? "" : s.version().strip()));
            }
        }

        private int name(String software) {
            return nameIds.computeIfAbsent(software, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        private int install(String software, String version) {
            int name = name(software);
            int versionId = versionIds.computeIfAbsent(software, n -> new HashMap<>()).computeIfAbsent(version, v -> versionIds.get(software).size());
            return installIds.computeIfAbsent(((long) name << 32) | versionId, k -> {
                installName.add(name);
                installVersion.add(version);
                return installVersion.size() - 1;
            });
        }

        FleetFacts facts(java.time.Instant at, UUID[] tenants) {
            failingStart.add(failing.size());
            installedStart.add(installed.size());
            long[] seen = java.util.Arrays.copyOf(lastSeen, ids.size());
            return new FleetFacts(at, tenants, ids.toArray(UUID[]::new), tenantOf.toArray(), seen, verdicts.toArray(),
                    failingStart.toArray(), failing.toArray(), installedStart.toArray(), installed.toArray(),
                    names.toArray(String[]::new), installName.toArray(), installVersion.toArray(String[]::new));
        }
    }

    /** A growable int array: boxing 800k installs would cost more than the facts themselves. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static final class ByteList {
        private byte[] values = new byte[1024];
        private int size;

        void add(byte v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
