package dev.canopy.domain.deployment;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compliance over a set of computers: a tenant's own, or its subtree's (the caller picks them).
 *
 * @param nonCompliantBySoftware how many computers fail each software, sorted by name ignoring case
 */
public record TenantCompliance(int computers, int compliant, int nonCompliant, Map<String, Integer> nonCompliantBySoftware) {

    public TenantCompliance {
        TreeMap<String, Integer> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(nonCompliantBySoftware);
        nonCompliantBySoftware = Collections.unmodifiableSortedMap(sorted);
    }

    public static TenantCompliance of(Collection<ComputerCompliance> computers) {
        int compliant = 0;
        TreeMap<String, Integer> bySoftware = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ComputerCompliance c : computers) {
            if (c.compliant()) {
                compliant++;
            }
            for (Finding f : c.failures()) {
                bySoftware.merge(f.software(), 1, Integer::sum);
            }
        }
        return new TenantCompliance(computers.size(), compliant, computers.size() - compliant, bySoftware);
    }

    /** Share of compliant computers, 0..1; 1 when there are no computers (nothing to fix). */
    public double compliantShare() {
        return computers == 0 ? 1.0 : (double) compliant / computers;
    }
}
