package dev.canopy.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark, for the "Follow the system" theme: GNOME/GTK's colour scheme (or a GTK theme
 * named dark) on Linux, AppsUseLightTheme on Windows, AppleInterfaceStyle on macOS. Light when it cannot tell.
 * The command runner is passed in, so the reading of each answer is tested without a desktop.
 */
public final class SystemTheme {

    private final String osName;
    private final Function<List<String>, Optional<String>> run;

    public SystemTheme(String osName, Function<List<String>, Optional<String>> run) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.run = run;
    }

    public static SystemTheme forThisMachine() {
        return new SystemTheme(System.getProperty("os.name", ""), SystemTheme::output);
    }

    public boolean prefersDark() {
        if (osName.contains("win")) {
            return run.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0")).orElse(false);
        }
        if (osName.contains("mac")) {
            return run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
        }
        Optional<String> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.map(out -> out.contains("prefer-dark")).orElse(false)) {
            return true;
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /** What a command printed, if it exists and finished well within a second. */
    static Optional<String> output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
