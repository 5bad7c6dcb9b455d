package dev.canopy.reports.documentation;

import dev.canopy.domain.deployment.Beaten;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentWording;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.domain.deployment.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The deployments that reach the tenant (own, inherited, cross-tenant) and what wins where: for each, on how many of
 * the tenant's computers it is the effective one, and when it loses, to which deployment and why (DESIGN.md's
 * precedence, as the Deployments tab's "why" explains it for one computer).
 */
final class DeploymentSection {

    private static final List<DocTable.Column> COLUMNS = List.of(new DocTable.Column("Software", 1.8f), new DocTable.Column("Desired state", 1.4f),
            new DocTable.Column("Enforcement", 1.35f), new DocTable.Column("Scope", 1.3f), new DocTable.Column("From", 1.6f),
            new DocTable.Column("Where it wins", 3));

    private DeploymentSection() {
    }

    /** @param resolutions the effective deployments of each of the tenant's own computers, software by software */
    static DocSection of(List<ReachingDeployment> reaching, List<Map<String, Resolution>> resolutions, Function<UUID, String> tenantName) {
        if (reaching.isEmpty()) {
            return new DocSection("Deployments", "No deployment reaches this tenant.", null);
        }
        Map<UUID, Integer> wins = new HashMap<>();
        Map<UUID, Map<Beaten, Integer>> losses = new HashMap<>();
        for (Map<String, Resolution> computer : resolutions) {
            for (Resolution resolution : computer.values()) {
                wins.merge(resolution.winner().id(), 1, Integer::sum);
                for (Beaten beaten : resolution.beaten()) {
                    losses.computeIfAbsent(beaten.deployment().id(), id -> new HashMap<>()).merge(beaten, 1, Integer::sum);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReachingDeployment row : reaching) {
            Deployment d = row.deployment();
            rows.add(List.of(d.software(), DeploymentWording.desiredState(d), d.enforcement().label(), DeploymentWording.scope(d),
                    DeploymentWording.from(row, tenantName), where(d, resolutions.size(), wins.getOrDefault(d.id(), 0),
                            losses.getOrDefault(d.id(), Map.of()), tenantName)));
        }
        long own = reaching.stream().filter(r -> r.origin() == dev.canopy.domain.deployment.Origin.OWN).count();
        String summary = ScheduleSection.count(reaching.size(), "deployment") + " reach this tenant (" + own + " of its own); where two"
                + " deployments of one software reach a computer, the narrower scope wins, then the nearer tenant.";
        return new DocSection("Deployments and what wins where", summary, new DocTable(COLUMNS, rows, ""));
    }

    private static String where(Deployment d, int computers, int won, Map<Beaten, Integer> lost, Function<UUID, String> tenantName) {
        if (!d.enabled()) {
            return "Disabled: applies nowhere";
        }
        if (computers == 0) {
            return "No computers here to apply to";
        }
        int beatenOn = lost.values().stream().mapToInt(Integer::intValue).sum();
        if (beatenOn == 0) {
            return won == computers ? (computers == 1 ? "Wins on the one computer" : "Wins on all " + computers + " computers")
                    : won == 0 ? "Reaches none of the " + ScheduleSection.count(computers, "computer") : "Wins on " + won + " of " + computers;
        }
        Map.Entry<Beaten, Integer> most = lost.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Beaten beaten = most.getKey();
        String by = beaten.by().software() + " " + DeploymentWording.desiredState(beaten.by()) + " (" + DeploymentWording.scope(beaten.by())
                + " of " + tenantName.apply(beaten.by().ownerTenantId()) + ")";
        String where = won == 0 ? "Beaten on " + (beatenOn == computers ? (computers == 1 ? "the one computer" : "all " + computers) : beatenOn + " of " + computers)
                : "Wins on " + won + " of " + computers + "; beaten on " + beatenOn;
        return where + " by " + by + ": " + beaten.explain(tenantName) + (lost.size() > 1 ? " (and " + (lost.size() - 1) + " other reasons)" : "");
    }
}
