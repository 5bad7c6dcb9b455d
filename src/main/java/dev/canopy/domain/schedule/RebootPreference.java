package dev.canopy.domain.schedule;

/** What a maintenance run does about reboots that updates ask for. */
public enum RebootPreference {
    NORMAL("Normal: ask a signed-in user first"),
    FORCE("Force: always reboot"),
    SUPPRESS("Suppress: never reboot"),
    IF_REQUIRED("If required: reboot without asking when an update needs it");

    private final String label;

    RebootPreference(String label) {
        this.label = label;
    }

    /** What the app and its documents call this choice. */
    public String label() {
        return label;
    }
}
