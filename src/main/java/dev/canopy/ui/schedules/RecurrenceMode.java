package dev.canopy.ui.schedules;

/** The ways the editor lets a technician write a recurrence: the friendly forms, or a cron expression. */
enum RecurrenceMode {
    DAILY("Daily"),
    WEEKLY("Weekly"),
    MONTHLY("Monthly"),
    CUSTOM("Custom cron");

    private final String label;

    RecurrenceMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
