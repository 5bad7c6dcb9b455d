package dev.canopy.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a secret from the environment: variable {@code NAME}, else the file named by {@code NAME_FILE} (the way
 * Docker and systemd hand out secrets). Never from the command line, where any user of the machine could read it in
 * the process list.
 */
public final class Secrets {

    private final Map<String, String> env;

    public Secrets(Map<String, String> env) {
        this.env = env;
    }

    public static Secrets fromEnvironment() {
        return new Secrets(System.getenv());
    }

    /** The value, or null when neither the variable nor the file variable is set. */
    public String read(String name) {
        String value = env.get(name);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        String file = env.get(name + "_FILE");
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            // a trailing newline is how editors and `echo` end the file, not part of the secret
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new IllegalArgumentException(name + "_FILE names " + file + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
