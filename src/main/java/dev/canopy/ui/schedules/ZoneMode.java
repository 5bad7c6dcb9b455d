package dev.canopy.ui.schedules;

/** Which clock a schedule's runs follow (DESIGN.md §1: its own zone, else the tenant's effective one, or each computer's). */
enum ZoneMode {
    TENANT("The tenant's time zone"),
    OWN("A time zone of its own"),
    COMPUTER("Each computer's own time zone");

    private final String label;

    ZoneMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
