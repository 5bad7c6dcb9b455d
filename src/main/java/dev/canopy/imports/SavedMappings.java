package dev.canopy.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.canopy.reports.WholeFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Column mappings the technician made for a source, saved in the data folder's {@code import-mappings} folder as
 * {@code <source>.json} and reused the next time a file from that source comes: {"source": "psa-x", "columns":
 * {"CLIENT": "Company", "COMPUTER_NAME": "Device", …}}. A mapping file given by path reads the same way.
 */
public final class SavedMappings {

    /** A saved mapping: the integration source its ids belong to, and its columns. */
    public record Saved(String source, ColumnMapping mapping) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    private final Path folder;

    public SavedMappings(Path dataFolder) {
        this.folder = dataFolder.resolve("import-mappings");
    }

    /** A source name as mappings and integration mappings spell it: lower case letters, digits, dot, dash, underscore. */
    public static String checkSource(String raw) throws ImportRefused {
        String source = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!SOURCE.matcher(source).matches()) {
            throw new ImportRefused(0, "a source is named with letters, digits, '.', '-' or '_' (at most 40), like \"connectwise\"; got \""
                    + (raw == null ? "" : raw) + "\"");
        }
        return source;
    }

    public void save(String source, ColumnMapping mapping) throws IOException, ImportRefused {
        String name = checkSource(source);
        ObjectNode root = JSON.createObjectNode();
        root.put("source", name);
        ObjectNode columns = root.putObject("columns");
        mapping.columns().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> columns.put(e.getKey().name(), e.getValue()));
        Files.createDirectories(folder);
        byte[] text = JSON.writeValueAsBytes(root);
        WholeFile.write(folder.resolve(name + ".json"), out -> out.write(text));
    }

    /** The mapping saved for a source, if there is one. */
    public Optional<Saved> find(String source) throws IOException, ImportRefused {
        Path file = folder.resolve(checkSource(source) + ".json");
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** A mapping file, refused with what is wrong in it (an unknown field, a column that is not text). */
    public static Saved read(Path file) throws IOException, ImportRefused {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ImportRefused(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), file.getFileName()
                    + " is not a mapping file: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("columns").isObject()) {
            throw new ImportRefused(1, file.getFileName() + " is not a mapping file: it needs \"source\" and \"columns\"");
        }
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("columns").fields(); it.hasNext(); ) {
            var entry = it.next();
            ImportField field;
            try {
                field = ImportField.valueOf(entry.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new ImportRefused(0, file.getFileName() + ": \"" + entry.getKey() + "\" is not a field an import knows; known: "
                        + java.util.Arrays.toString(ImportField.values()));
            }
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw new ImportRefused(0, file.getFileName() + ": " + field.name() + " must name a column");
            }
            columns.put(field, entry.getValue().asText());
        }
        return new Saved(checkSource(root.path("source").asText("")), new ColumnMapping(columns));
    }
}
