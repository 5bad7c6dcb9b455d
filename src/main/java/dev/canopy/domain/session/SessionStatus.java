package dev.canopy.domain.session;

/** How a maintenance session ended, or that it still runs. */
public enum SessionStatus {
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    CANCELLED("Cancelled"),
    RUNNING("Running");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    /** The word a technician sees ("Failed"). */
    public String label() {
        return label;
    }

    /** True for every status but RUNNING: the session has a finish time. */
    public boolean finished() {
        return this != RUNNING;
    }
}
