package dev.canopy.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data folder is (DESIGN.md §3): an explicit folder, else system property canopy.home,
 * else $CANOPY_HOME, else the operating system's convention for per-user application data.
 */
public final class DataFolderLocator {

    private final Map<String, String> env;
    private final String osName;
    private final String userHome;

    public DataFolderLocator(Map<String, String> env, String osName, String userHome) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static DataFolderLocator forThisMachine() {
        return new DataFolderLocator(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The folder to use; explicit may be null. */
    public Path locate(Path explicit) {
        return locate(explicit, null);
    }

    /**
     * The folder to use, where {@code chosen} (the technician's Settings, may be null) stands in for the OS
     * convention: --data-dir, canopy.home and $CANOPY_HOME still come first.
     */
    public Path locate(Path explicit, Path chosen) {
        return named(explicit).orElseGet(() -> chosen != null ? chosen.toAbsolutePath() : osDefault());
    }

    /** The folder --data-dir, canopy.home or $CANOPY_HOME names, in that order; empty when none does (Settings or the OS decide). */
    public Optional<Path> named(Path explicit) {
        if (explicit != null) {
            return Optional.of(explicit.toAbsolutePath());
        }
        String property = System.getProperty("canopy.home");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property).toAbsolutePath());
        }
        String home = env.get("CANOPY_HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home).toAbsolutePath());
        }
        return Optional.empty();
    }

    /**
     * Where per-user settings live, apart from the data folder (which may be shared or copied): system property
     * canopy.config, else $CANOPY_CONFIG, else the OS convention for per-user configuration. The server connection
     * and its token are kept here, never in the database.
     */
    public Path configFolder() {
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

    Path osDefault() {
        if (osName.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(userHome, "AppData", "Local")).resolve("Canopy");
        }
        if (osName.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Canopy");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("canopy");
    }
}
