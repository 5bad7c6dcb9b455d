package dev.canopy.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The technician's own settings, kept per OS user in the config folder (never in the data folder, which may be
 * shared or synced). Every field has a default, and {@link #normalised} turns any value read from a hand-edited
 * file into one the app can use.
 *
 * @param timeZone        the zone times are shown in, or null for the computer's own zone
 * @param autoSyncMinutes minutes between background syncs; 0 turns auto-sync off (boxed, like confirmDeletes, so a
 *                        file without the field gets the default rather than Java's zero or false)
 * @param dataFolder      the data folder to open at the next start, or null for the usual one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(Theme theme, int fontSize, Density density, String timeZone, Integer autoSyncMinutes,
                       String dataFolder, Boolean confirmDeletes) {

    public static final int MIN_FONT = 11;
    public static final int MAX_FONT = 18;
    public static final int MAX_SYNC_MINUTES = 24 * 60;

    public enum Theme {
        LIGHT("Light"), DARK("Dark"), SYSTEM("Follow the system");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Density {
        NORMAL("Normal"), COMPACT("Compact");

        private final String label;

        Density(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, 13, Density.NORMAL, null, 5, null, true);
    }

    /** Missing or out-of-range values (a hand-edited file) become the defaults, so the app always starts. */
    public Settings normalised() {
        Settings d = defaults();
        int font = fontSize < MIN_FONT || fontSize > MAX_FONT ? d.fontSize : fontSize;
        int minutes = autoSyncMinutes == null || autoSyncMinutes < 0 || autoSyncMinutes > MAX_SYNC_MINUTES
                ? d.autoSyncMinutes : autoSyncMinutes;
        return new Settings(theme == null ? d.theme : theme, font, density == null ? d.density : density,
                validZone(timeZone) ? timeZone : null, minutes, dataFolder == null || dataFolder.isBlank() ? null : dataFolder,
                confirmDeletes == null ? d.confirmDeletes : confirmDeletes);
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return validZone(timeZone) ? ZoneId.of(timeZone) : ZoneId.systemDefault();
    }

    /** The background sync interval, or null when auto-sync is off. */
    public Duration autoSync() {
        return autoSyncMinutes == null || autoSyncMinutes == 0 ? null : Duration.ofMinutes(autoSyncMinutes);
    }

    static boolean validZone(String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
