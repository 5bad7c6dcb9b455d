package dev.canopy.domain.deployment;

/** Where a deployment runs within a maintenance session. */
public enum DeploymentOrder {
    BEGINNING("Beginning"),
    UNORDERED("Unordered"),
    END("End");

    private final String label;

    DeploymentOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
