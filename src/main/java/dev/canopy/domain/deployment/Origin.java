package dev.canopy.domain.deployment;

/** How a deployment comes to a tenant's Deployments tab. */
public enum Origin {
    OWN("Own"),
    INHERITED("Inherited"),
    CROSS_TENANT("Cross-tenant");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
