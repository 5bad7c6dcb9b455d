package dev.canopy.domain.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The findings of one computer, one per effective deployment; compliant when all are satisfied. */
public record ComputerCompliance(List<Finding> findings) {

    public ComputerCompliance {
        findings = List.copyOf(findings);
    }

    /** A computer no deployment reaches is compliant: nothing is asked of it. */
    public boolean compliant() {
        for (Finding f : findings) {
            if (!f.satisfied()) {
                return false;
            }
        }
        return true;
    }

    public List<Finding> failures() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.satisfied()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The finding for a software, matched ignoring case. */
    public Optional<Finding> finding(String software) {
        for (Finding f : findings) {
            if (f.software().equalsIgnoreCase(software)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
