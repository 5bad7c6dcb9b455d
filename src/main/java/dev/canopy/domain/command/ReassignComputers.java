package dev.canopy.domain.command;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves computers to tenants: one user action (a drag of many computers) is one command, one
 * transaction and one undo step. The inverse sends each computer back to the tenant it came from.
 */
public record ReassignComputers(List<Group> groups) implements Command {

    /** Computers that go to one tenant. */
    public record Group(UUID tenantId, List<UUID> computerIds) {
        public Group {
            computerIds = List.copyOf(computerIds);
        }
    }

    public ReassignComputers {
        groups = List.copyOf(groups);
    }

    public static ReassignComputers to(UUID tenantId, List<UUID> computerIds) {
        return new ReassignComputers(List.of(new Group(tenantId, computerIds)));
    }

    public int size() {
        return groups.stream().mapToInt(g -> g.computerIds().size()).sum();
    }

    @Override
    public String mutationName() {
        return "computer.reassign";
    }

    @Override
    public Map<String, Object> args() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Group group : groups) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("tenantId", group.tenantId().toString());
            g.put("computerIds", group.computerIds().stream().map(UUID::toString).toList());
            list.add(g);
        }
        return Map.of("groups", list);
    }

    @Override
    public UUID targetId() {
        return groups.get(0).tenantId();
    }

    @Override
    public Applied applyTo(Workspace ws) {
        if (size() == 0) {
            throw new RuleViolation("No computers are selected.");
        }
        Map<UUID, List<UUID>> back = new LinkedHashMap<>();
        String lastTenant = null;
        for (Group group : groups) {
            Tenant tenant = TenantLookup.existing(ws, group.tenantId(), "tenant");
            lastTenant = tenant.name();
            Map<UUID, UUID> current = ws.computerTenants(group.computerIds());
            for (UUID id : group.computerIds()) {
                UUID from = current.get(id);
                if (from == null) {
                    throw new RuleViolation("A selected computer no longer exists; refresh and try again.");
                }
                back.computeIfAbsent(from, k -> new ArrayList<>()).add(id);
            }
            ws.moveComputers(group.tenantId(), group.computerIds(), current);
        }
        List<Group> inverse = back.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        int n = size();
        String label = groups.size() == 1
                ? "reassign of " + (n == 1 ? "1 computer" : String.format("%,d computers", n)) + " to " + lastTenant
                : "reassign of " + String.format("%,d computers", n);
        return new Applied(label, new ReassignComputers(inverse));
    }
}
