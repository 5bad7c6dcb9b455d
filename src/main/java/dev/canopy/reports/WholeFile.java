package dev.canopy.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an export to a part file beside it and moves it into place when complete: a failed export leaves no half file. */
public final class WholeFile {

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    public static Path write(Path file, Body body) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                body.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
