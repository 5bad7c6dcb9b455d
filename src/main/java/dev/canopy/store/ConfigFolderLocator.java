package dev.canopy.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where per-user settings live, apart from the data folder (which may be shared or synced): system property
 * canopy.config, else $CANOPY_CONFIG, else the operating system's convention for per-user configuration. The server
 * connection and its token are kept here, never in the database.
 */
public final class ConfigFolderLocator {

    private final Map<String, String> env;
    private final String osName;
    private final String userHome;

    public ConfigFolderLocator(Map<String, String> env, String osName, String userHome) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static ConfigFolderLocator forThisMachine() {
        return new ConfigFolderLocator(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public Path locate() {
        String property = System.getProperty("canopy.config");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        String explicit = env.get("CANOPY_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        if (osName.contains("win")) {
            String roaming = env.get("APPDATA");
            return (roaming != null ? Path.of(roaming) : Path.of(userHome, "AppData", "Roaming")).resolve("Canopy");
        }
        if (osName.contains("mac")) {
            return Path.of(userHome, "Library", "Preferences", "Canopy");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config")).resolve("canopy");
    }
}
