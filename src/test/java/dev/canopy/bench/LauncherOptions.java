package dev.canopy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the installed app's launcher gives it (packaging/launcher.args), so the bench runs the app's side of
 * a metric in a JVM set up as the technician's is (its heap limit). The class-data archive's own
 * options are left out ({@link #withoutArchive}); the cold start adds its archive itself.
 */
final class LauncherOptions {

    static final Path ARGS = Path.of("packaging", "launcher.args");
    private static final String PREFIX = "--java-options ";

    private LauncherOptions() {
    }

    /** Every --java-options value, in order. */
    static List<String> all() {
        try {
            return Files.readAllLines(ARGS).stream().filter(l -> l.startsWith(PREFIX)).map(l -> l.substring(PREFIX.length()).trim()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the bench reads the launcher's options from " + ARGS.toAbsolutePath(), e);
        }
    }

    /** The options but those of the class-data archive (which name the image's folder or choose how it is shared). */
    static List<String> withoutArchive() {
        return all().stream().filter(o -> !o.contains("$APPDIR") && !o.startsWith("-Xshare")).toList();
    }
}
