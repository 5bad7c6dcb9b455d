package dev.canopy.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.canopy.reports.WholeFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One small JSON file of the technician's own: read with a fallback (a missing file is the fallback, a garbled one
 * too, with a warning in the log, never a failed start), written whole or not at all.
 */
final class JsonFile<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Class<T> type;

    JsonFile(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    Path path() {
        return file;
    }

    T read(T fallback) {
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        try {
            T value = JSON.readValue(file.toFile(), type);
            return value == null ? fallback : value;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be read ({}); using the defaults", file, e.getMessage());
            return fallback;
        }
    }

    /**
     * Writes a value of this file's type to text and reads it back, touching no file: the mapper's classes and this
     * type's reader and writer are made then, not at the first real read.
     */
    void warmUp(T sample) {
        try {
            JSON.readValue(JSON.writeValueAsString(sample), type);
        } catch (IOException e) {
            throw new IllegalStateException(type.getSimpleName() + " does not read back as it is written", e);
        }
    }

    void write(T value) throws IOException {
        Files.createDirectories(file.getParent());
        WholeFile.write(file, out -> JSON.writeValue(out, value));
    }
}
