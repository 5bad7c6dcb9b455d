package dev.canopy.reports;

import dev.canopy.store.ComputerInventory;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Compliance;
import dev.canopy.domain.deployment.ComputerCompliance;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.SharedResolutions;
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
 * Reads every live computer once (from the store's kept inventory, see {@link dev.canopy.store.FleetReads#computerInventories}), judges it against its
 * effective deployments and keeps only {@link FleetFacts}. Resolution runs once per
 * (tenant, tags) rather than once per computer ({@link SharedResolutions}).
 */
public final class FleetFactsBuilder {

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
        LatestKnownVersions latest = new LatestKnownVersions();
        // two table scans (every inventory line: the inventory card wants them all); the newest versions come with them
        List<ComputerInventory> computers = store.fleet().computerInventories(null, software -> true, latest::add);
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("overview build cancelled");
        }
        Columns columns = new Columns();
        SharedResolutions resolutions = new SharedResolutions(deployments);
        Map<UUID, List<UUID>> paths = new HashMap<>();
        for (ComputerInventory c : computers) {
            Integer tenant = tenantIndex.get(c.tenantId());
            if (tenant != null) {  // a computer of a tenant outside this tree (deleted meanwhile) is left out
                List<UUID> path = paths.computeIfAbsent(c.tenantId(), t -> hierarchy.path(t).stream().map(TenantNode::id).toList());
                Map<String, Resolution> effective = resolutions.of(c.id(), path, c.tags(),
                        Boolean.parseBoolean(preferences.effective(c.tenantId(), OPT_OUT).value()));
                columns.add(c, tenant, Compliance.evaluate(c.software(), effective, latest));
            }
        }
        return columns.facts(clock.instant(), tenants, activity(tenantIndex));
    }

    /** People and sessions, in the columns the overview counts from (a tenant outside the tree is left out). */
    private Activity activity(Map<UUID, Integer> tenantIndex) {
        IntList personTenant = new IntList();
        ByteList personRole = new ByteList();
        List<UUID> sessionIds = new ArrayList<>();
        IntList sessionTenant = new IntList();
        List<Long> started = new ArrayList<>();
        ByteList status = new ByteList();
        store.fleet().scanPeopleAndSessions((tenant, role) -> {
            Integer index = tenantIndex.get(tenant);
            if (index != null) {
                personTenant.add(index);
                personRole.add((byte) (role == null ? -1 : role.ordinal()));
            }
        }, (id, tenant, at, state) -> {
            Integer index = tenantIndex.get(tenant);
            if (index != null) {
                sessionIds.add(id);
                sessionTenant.add(index);
                started.add(at.toEpochMilli());
                status.add((byte) state.ordinal());
            }
        });
        return new Activity(new FleetFacts.People(personTenant.toArray(), personRole.toArray()),
                new FleetFacts.Sessions(sessionIds.toArray(UUID[]::new), sessionTenant.toArray(),
                        started.stream().mapToLong(Long::longValue).toArray(), status.toArray()));
    }

    private record Activity(FleetFacts.People people, FleetFacts.Sessions sessions) {
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

        void add(ComputerInventory c, int tenant, ComputerCompliance judged) {
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

        FleetFacts facts(java.time.Instant at, UUID[] tenants, Activity activity) {
            failingStart.add(failing.size());
            installedStart.add(installed.size());
            long[] seen = java.util.Arrays.copyOf(lastSeen, ids.size());
            return new FleetFacts(at, tenants, ids.toArray(UUID[]::new), tenantOf.toArray(), seen, verdicts.toArray(),
                    failingStart.toArray(), failing.toArray(), installedStart.toArray(), installed.toArray(),
                    names.toArray(String[]::new), installName.toArray(), installVersion.toArray(String[]::new), activity.people(),
                    activity.sessions());
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
