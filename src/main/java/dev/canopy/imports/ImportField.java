package dev.canopy.imports;

/** What a column (or JSON field) of an import file can be, as the mapping step names it to the technician. */
public enum ImportField {
    CLIENT("Client", true),
    CLIENT_ID("Client's id in the source", false),
    SITE("Site", false),
    SITE_ID("Site's id in the source", false),
    COMPUTER_NAME("Computer name", true),
    DEVICE_ID("Device id in the source", false),
    SERIAL_NUMBER("Serial number", false),
    OS("Operating system", false),
    OS_VERSION("OS version", false),
    LAST_SEEN("Last seen", false),
    PERSON_NAME("Person name", false),
    PERSON_EMAIL("Person e-mail", false);

    private final String label;
    private final boolean required;

    ImportField(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    /** Whether a computer import needs it mapped: a computer must have a name and a client. */
    public boolean required() {
        return required;
    }
}
