package dev.canopy.domain.deployment;

/** What a deployment wants on a computer for its software (DESIGN.md §1, Deployment). */
public enum DesiredState {
    LATEST("Latest"),
    SPECIFIC_VERSION("Specific version"),
    AT_LEAST("At least"),
    ANY_VERSION("Any version"),
    NOT_PRESENT("Not present"),
    UPDATE_IF_FOUND("Update if found"),
    IGNORE("Ignore");

    private final String label;

    DesiredState(String label) {
        this.label = label;
    }

    /** The name a technician sees ("Specific version"). */
    public String label() {
        return label;
    }

    /** True when the deployment's version field means something for this state. */
    public boolean takesVersion() {
        return this == SPECIFIC_VERSION || this == AT_LEAST;
    }

    /** The states an exception is made of: a more specific deployment that removes or leaves alone. */
    public boolean isException() {
        return this == NOT_PRESENT || this == IGNORE;
    }
}
