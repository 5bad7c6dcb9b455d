package dev.canopy.reports;

/** How a compliance report's rows are grouped. */
public enum Grouping {
    /** One group per computer's own tenant, in tree order (parents first, siblings by name). */
    TENANT,
    /** One group per software, by name ignoring case. */
    SOFTWARE
}
