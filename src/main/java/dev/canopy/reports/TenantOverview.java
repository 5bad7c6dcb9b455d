package dev.canopy.reports;

import dev.canopy.domain.computer.ComputerStatus;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.session.SessionStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's overview (optionally over its sub-tenants): computers by status, compliance, the software most often
 * failing, the inventory, people by role and recent maintenance; for the MSP root, its clients ranked by
 * non-compliance. Every count here has a list behind it (see {@link FleetFacts.Selection}).
 *
 * @param factsAt when the computer facts were read (the overview says so when they are being refreshed)
 */
public record TenantOverview(UUID tenantId, String tenantName, boolean subtree, boolean wholeInstance, Instant factsAt,
                             Map<ComputerStatus, Integer> status, Map<FleetFacts.Verdict, Integer> compliance,
                             List<FleetFacts.Count> failingSoftware, List<FleetFacts.Installs> inventory,
                             Map<Optional<Role>, Integer> people, List<SessionLine> sessions,
                             Map<SessionStatus, Integer> sessionsLast30Days, List<ClientRank> clients) {

    public TenantOverview {
        status = Map.copyOf(status);
        compliance = Map.copyOf(compliance);
        failingSoftware = List.copyOf(failingSoftware);
        inventory = List.copyOf(inventory);
        people = Map.copyOf(people);
        sessions = List.copyOf(sessions);
        sessionsLast30Days = Map.copyOf(sessionsLast30Days);
        clients = List.copyOf(clients);
    }

    public int computers() {
        return status.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Compliant computers among those with an inventory, 0–100; empty when none has one. */
    public Optional<Double> compliantPercent() {
        int judged = compliance.get(FleetFacts.Verdict.COMPLIANT) + compliance.get(FleetFacts.Verdict.NON_COMPLIANT);
        return judged == 0 ? Optional.empty() : Optional.of(100.0 * compliance.get(FleetFacts.Verdict.COMPLIANT) / judged);
    }

    /** One maintenance session as the overview lists it (failures first, then newest). */
    public record SessionLine(UUID sessionId, UUID computerId, String computer, String tenant, Instant started,
                              Duration duration, SessionStatus status, String summary) {
    }

    /** A client of the MSP with its subtree's computers and how many fail. */
    public record ClientRank(UUID tenantId, String name, int computers, int nonCompliant) {
        public double nonCompliantShare() {
            return computers == 0 ? 0 : (double) nonCompliant / computers;
        }
    }
}
