package dev.canopy.domain.preference;

/** What a tenant says about one setting (DESIGN.md §1, Preferences). */
public enum PreferenceMode {
    /** Nothing of its own: the value comes from above. The same as having no row at all. */
    INHERIT,
    /** Its own value, which its children inherit unless they set their own. */
    OVERRIDE,
    /** Its own value, which nothing below can override (Group Policy's "Enforced"). */
    ENFORCED
}
