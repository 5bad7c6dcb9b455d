package dev.canopy.reports;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.ComputerStatus;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tenant's overview from the fleet's facts (computers, compliance, inventory, people, sessions); only the few
 * sessions it lists are read from the store, by id. The MSP root's overview is the whole instance, with its clients ranked by non-compliance.
 */
public final class OverviewQuery {

    /** Sessions listed: failures first, then the newest. */
    static final int SESSIONS = 15;
    static final int FAILING_SOFTWARE = 8;

    private OverviewQuery() {
    }

    public static TenantOverview of(LocalStore store, TenantHierarchy hierarchy, FleetFacts facts, UUID tenantId, boolean subtree, Instant now) {
        TenantNode tenant = hierarchy.node(tenantId).orElseThrow(() -> new IllegalArgumentException("tenant: no tenant " + tenantId));
        boolean whole = hierarchy.isTop(tenantId);
        boolean over = subtree || whole;
        List<UUID> scope = over ? hierarchy.subtree(tenantId) : List.of(tenantId);
        FleetFacts.Selection selection = facts.select(scope);
        Map<ComputerStatus, Integer> status = new EnumMap<>(ComputerStatus.class);
        int[] statusCounts = selection.statusCounts(now);
        for (ComputerStatus s : ComputerStatus.values()) {
            status.put(s, statusCounts[s.ordinal()]);
        }
        Map<FleetFacts.Verdict, Integer> compliance = new EnumMap<>(FleetFacts.Verdict.class);
        int[] verdicts = selection.verdictCounts();
        for (FleetFacts.Verdict v : FleetFacts.Verdict.values()) {
            compliance.put(v, verdicts[v.ordinal()]);
        }
        return new TenantOverview(tenantId, tenant.name(), over, whole, facts.builtAt(), status, compliance,
                selection.failingSoftware(FAILING_SOFTWARE), selection.inventory(), selection.peopleByRole(),
                sessions(store, hierarchy, selection, now), selection.sessionCounts(now.minus(Duration.ofDays(30))),
                whole ? clients(hierarchy, tenantId, selection) : List.of());
    }

    private static List<TenantOverview.SessionLine> sessions(LocalStore store, TenantHierarchy hierarchy, FleetFacts.Selection selection,
                                                             Instant now) {
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>(selection.newestSessions(SessionStatus.FAILED, SESSIONS));
        ids.addAll(selection.newestSessions(null, SESSIONS));
        List<MaintenanceSession> shown = store.fleet().sessionsByIds(ids).stream()
                .sorted(Comparator.comparing((MaintenanceSession s) -> s.status() != SessionStatus.FAILED)
                        .thenComparing(MaintenanceSession::started, Comparator.reverseOrder()))
                .limit(SESSIONS).toList();
        Map<UUID, String> names = store.computersByIds(shown.stream().map(MaintenanceSession::computerId).distinct().toList(), false)
                .stream().collect(Collectors.toMap(Computer::id, Computer::name));
        Function<UUID, String> tenantName = id -> hierarchy.node(id).map(TenantNode::name).orElse("");
        List<TenantOverview.SessionLine> lines = new ArrayList<>(shown.size());
        for (MaintenanceSession s : shown) {
            Duration took = Duration.between(s.started(), s.finished() == null ? now : s.finished());
            lines.add(new TenantOverview.SessionLine(s.id(), s.computerId(), names.getOrDefault(s.computerId(), "(removed computer)"),
                    tenantName.apply(s.tenantId()), s.started(), took.isNegative() ? Duration.ZERO : took, s.status(), s.summary()));
        }
        return lines;
    }

    /** The top tenant's clients, each over its own subtree, the worst share of non-compliant computers first. */
    private static List<TenantOverview.ClientRank> clients(TenantHierarchy hierarchy, UUID top, FleetFacts.Selection selection) {
        Map<UUID, int[]> byTenant = selection.verdictsByTenant();
        Map<UUID, int[]> byClient = new HashMap<>();
        for (Map.Entry<UUID, int[]> entry : byTenant.entrySet()) {
            UUID client = clientOf(hierarchy, top, entry.getKey());
            if (client != null) {
                int[] sum = byClient.computeIfAbsent(client, c -> new int[FleetFacts.Verdict.values().length]);
                for (int v = 0; v < sum.length; v++) {
                    sum[v] += entry.getValue()[v];
                }
            }
        }
        List<TenantOverview.ClientRank> ranks = new ArrayList<>();
        for (TenantNode child : hierarchy.children(top)) {
            if (child.kind() == TenantKind.SUB && hierarchy.isMspRoot(top)) {
                continue;  // an MSP's own departments are not clients
            }
            int[] counts = byClient.getOrDefault(child.id(), new int[FleetFacts.Verdict.values().length]);
            int computers = counts[0] + counts[1] + counts[2];
            ranks.add(new TenantOverview.ClientRank(child.id(), child.name(), computers, counts[FleetFacts.Verdict.NON_COMPLIANT.ordinal()]));
        }
        ranks.sort(Comparator.comparingDouble(TenantOverview.ClientRank::nonCompliantShare).reversed()
                .thenComparing(TenantOverview.ClientRank::nonCompliant, Comparator.reverseOrder())
                .thenComparing(TenantOverview.ClientRank::name, String.CASE_INSENSITIVE_ORDER));
        return ranks;
    }

    /** The child of the top tenant on the way to this tenant, or null for the top itself. */
    private static UUID clientOf(TenantHierarchy hierarchy, UUID top, UUID tenant) {
        List<TenantNode> path = hierarchy.path(tenant);
        for (int i = 0; i < path.size() - 1; i++) {
            if (path.get(i).id().equals(top)) {
                return path.get(i + 1).id();
            }
        }
        return null;
    }
}
