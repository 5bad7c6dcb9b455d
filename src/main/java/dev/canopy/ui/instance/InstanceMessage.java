package dev.canopy.ui.instance;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * What a second start of Canopy on a data folder asks of the one already running there: only "show" (bring the window
 * to front) or "open" an absolute path (offer to restore that export, which still asks the technician first). On the
 * wire it is one line, {@code <secret> SHOW} or {@code <secret> OPEN <path>}; {@link #parse} refuses anything else.
 */
public record InstanceMessage(Kind kind, Path file) {

    public enum Kind { SHOW, OPEN }

    /** The longest line read; a path is far shorter, a longer line is not one Canopy wrote. */
    static final int MAX_LINE = 8192;

    public InstanceMessage {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.OPEN) != (file != null)) {
            throw new IllegalArgumentException("OPEN takes a file, SHOW none");
        }
    }

    public static InstanceMessage show() {
        return new InstanceMessage(Kind.SHOW, null);
    }

    public static InstanceMessage open(Path file) {
        return new InstanceMessage(Kind.OPEN, file.toAbsolutePath());
    }

    /** The line sent, with the running instance's secret. */
    String line(String secret) {
        return secret + (kind == Kind.SHOW ? " SHOW" : " OPEN " + file);
    }

    /**
     * Reads a line a client sent, refusing (IllegalArgumentException saying why) one without the right secret, with
     * another verb, with a path that is missing, relative, or holds control characters, and one too long.
     */
    static InstanceMessage parse(String line, String secret) {
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("an empty message");
        }
        if (line.length() > MAX_LINE) {
            throw new IllegalArgumentException("a message longer than " + MAX_LINE + " characters");
        }
        int space = line.indexOf(' ');
        String token = space < 0 ? line : line.substring(0, space);
        // compared in constant time: the answer's timing says nothing about how much of a guess was right
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("a message without this instance's secret");
        }
        String rest = space < 0 ? "" : line.substring(space + 1);
        if (rest.equals("SHOW")) {
            return show();
        }
        if (!rest.startsWith("OPEN ")) {
            throw new IllegalArgumentException("an unknown request \"" + firstWord(rest) + "\" (only SHOW and OPEN are answered)");
        }
        String path = rest.substring("OPEN ".length());
        if (path.isBlank()) {
            throw new IllegalArgumentException("OPEN without a file");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("a file name with control characters");
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("\"" + path + "\" is not a file name here");
        }
        if (!file.isAbsolute()) {
            throw new IllegalArgumentException("\"" + path + "\" is not an absolute path");
        }
        return new InstanceMessage(Kind.OPEN, file.normalize());
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        String word = space < 0 ? text : text.substring(0, space);
        return word.length() > 20 ? word.substring(0, 20) + "…" : word;
    }
}
