package dev.canopy.domain.deployment;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The effective deployment of one software on one computer, with every other deployment of that
 * software that reached the computer and lost, closest contender first.
 */
public record Resolution(Deployment winner, List<Beaten> beaten) {

    public Resolution {
        Objects.requireNonNull(winner, "winner");
        beaten = List.copyOf(beaten);
    }

    /** The software as the winner spells it. */
    public String software() {
        return winner.software();
    }

    /** True when the winner beat another deployment of equal rank only by updatedAt or id: worth a look. */
    public boolean tied() {
        for (Beaten b : beaten) {
            if (b.reason().isTie()) {
                return true;
            }
        }
        return false;
    }

    /** Multi-line: the winner, then each beaten deployment with the reason it lost. */
    public String why(Function<UUID, String> tenantName) {
        StringBuilder s = new StringBuilder();
        s.append(software()).append(": ").append(Describe.deployment(winner, tenantName)).append(" — wins.");
        if (beaten.isEmpty()) {
            s.append("\n  No other deployment of ").append(software()).append(" reaches this computer.");
        }
        for (Beaten b : beaten) {
            s.append("\n  Beats ").append(Describe.deployment(b.deployment(), tenantName))
                    .append(": ").append(b.explain(tenantName)).append('.');
        }
        return s.toString();
    }
}
