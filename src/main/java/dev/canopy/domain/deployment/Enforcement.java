package dev.canopy.domain.deployment;

/** When a deployment is applied: at every maintenance, only while onboarding, or only when run by hand. */
public enum Enforcement {
    REQUIRED("Required"),
    ONBOARDING("Onboarding"),
    AD_HOC("Ad hoc");

    private final String label;

    Enforcement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
