package dev.canopy.cli;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tenant named on the command line: its name ignoring case, or, when names repeat, the end of its path
 * with "/" or "›" between the names ("Alder Dental/Berlin"). Refuses with one line naming what matched.
 */
final class TenantArgument {

    private static final int LISTED = 5;

    private TenantArgument() {
    }

    static TenantNode find(TenantHierarchy hierarchy, String given) {
        String wanted = given == null ? "" : given.strip();
        if (wanted.isEmpty()) {
            throw new RuleViolation("tenant", RuleViolation.Kind.REQUIRED, "--tenant needs a tenant's name");
        }
        List<TenantNode> matches = new ArrayList<>();
        for (TenantNode node : hierarchy.depthFirst()) {
            if (node.name().equalsIgnoreCase(wanted)) {
                matches.add(node);
            }
        }
        if (matches.isEmpty()) {
            List<String> names = Arrays.stream(wanted.split("[/›]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (names.size() > 1) {
                for (TenantNode node : hierarchy.depthFirst()) {
                    if (pathEndsWith(hierarchy.path(node.id()), names)) {
                        matches.add(node);
                    }
                }
            }
        }
        if (matches.isEmpty()) {
            throw new RuleViolation("tenant", RuleViolation.Kind.NOT_FOUND, "no tenant is named \"" + wanted + "\"");
        }
        if (matches.size() > 1) {
            List<String> paths = matches.stream().limit(LISTED).map(n -> hierarchy.pathText(n.id())).toList();
            String more = matches.size() > LISTED ? "; and " + (matches.size() - LISTED) + " more" : "";
            throw new RuleViolation("tenant", RuleViolation.Kind.INVALID, "\"" + wanted + "\" names " + matches.size() + " tenants: "
                    + String.join("; ", paths) + more + ". Give more of the path, e.g. --tenant \"" + parentAndName(hierarchy, matches.get(0)) + "\"");
        }
        return matches.get(0);
    }

    private static boolean pathEndsWith(List<TenantNode> path, List<String> names) {
        if (path.size() < names.size()) {
            return false;
        }
        int offset = path.size() - names.size();
        for (int i = 0; i < names.size(); i++) {
            if (!path.get(offset + i).name().equalsIgnoreCase(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String parentAndName(TenantHierarchy hierarchy, TenantNode node) {
        List<TenantNode> path = hierarchy.path(node.id());
        return path.size() < 2 ? node.name() : path.get(path.size() - 2).name() + "/" + node.name();
    }
}
