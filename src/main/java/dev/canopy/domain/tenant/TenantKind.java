package dev.canopy.domain.tenant;

/** Where a tenant sits: the one MSP root, its clients, and sub-tenants below clients. */
public enum TenantKind {
    MSP("MSP"),
    CLIENT("Client"),
    SUB("Sub-tenant");

    private final String label;

    TenantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a tenant takes under a parent of the given kind: clients under the MSP, else sub-tenants. */
    public static TenantKind forChildOf(TenantKind parentKind) {
        return parentKind == MSP ? CLIENT : SUB;
    }
}
