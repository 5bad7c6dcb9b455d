package dev.canopy.ui.preferences;

/** What a line of the preference table holds: an area heading or one setting. */
sealed interface TableEntry permits TableEntry.AreaHeading, PreferenceRow {

    /** The bold line that groups the settings of one area ("Maintenance"). */
    record AreaHeading(String area, int settings) implements TableEntry {
    }
}
