package dev.canopy.domain.deployment;

/**
 * Which computers a deployment reaches (DESIGN.md §1). The declaration order is the stored order;
 * precedence is separate: COMPUTER beats TENANT beats TAG beats CROSS_TENANT.
 */
public enum DeploymentScope {
    CROSS_TENANT("Cross-tenant", 0),
    TENANT("Tenant", 2),
    COMPUTER("Computer", 3),
    TAG("Tag", 1);

    private final String label;
    private final int precedence;

    DeploymentScope(String label, int precedence) {
        this.label = label;
        this.precedence = precedence;
    }

    public String label() {
        return label;
    }

    /** Higher wins: COMPUTER 3, TENANT 2, TAG 1, CROSS_TENANT 0. */
    public int precedence() {
        return precedence;
    }

    public boolean beats(DeploymentScope other) {
        return precedence > other.precedence;
    }
}
