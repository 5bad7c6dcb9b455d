package dev.canopy.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON export as RMM and PSA APIs return one: an array of objects, or an object holding that array under a field
 * ("agents", "devices", "data", Graph's "value"…). Nested objects flatten to dotted names ({"site":{"name":"Berlin"}}
 * gives "site.name"), arrays of plain values join with ", ". Elements stream one at a time; truncated or malformed
 * JSON is refused with its line.
 */
public final class JsonSource {

    /** Decimals read exactly, so an epoch time such as 1764490500.25 stays as written (not 1.76449050025E9). */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path file;

    private JsonSource(Path file) {
        this.file = file;
    }

    /** Checks the file's encoding and that it holds JSON. */
    public static JsonSource open(Path file) throws ImportRefused, IOException {
        if (FileSniffer.sniff(file).kind() != FileSniffer.Kind.JSON) {
            throw new ImportRefused(0, "This file holds CSV (or plain text), not JSON.");
        }
        return new JsonSource(file);
    }

    /** Streams every element of the file's array to the handler; returns the name of the field it was under ("" for a bare array). */
    public String read(CsvSource.RowHandler handler) throws ImportRefused, IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonParser parser = MAPPER.getFactory().createParser(reader)) {
            String field = "";
            int rows = 0;
            try {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_OBJECT) {
                    field = arrayField(parser);
                } else if (first != JsonToken.START_ARRAY) {
                    throw new ImportRefused(line(parser), "the JSON holds a single value, not a list of records.");
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = line(parser);
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw new ImportRefused(line, "element " + (rows + 1) + " of the list is not an object with fields.");
                    }
                    JsonNode element = parser.readValueAsTree();
                    Map<String, String> values = new LinkedHashMap<>();
                    flatten("", element, values);
                    handler.row(new SourceRow(line, values));
                    rows++;
                }
            } catch (JsonProcessingException malformed) {
                int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
                throw new ImportRefused(line, "the JSON is cut short or malformed here: " + malformed.getOriginalMessage());
            }
            if (rows == 0) {
                throw new ImportRefused(0, "The JSON's list is empty: there is nothing to import.");
            }
            return field;
        }
    }

    /** Moves the parser into the first array field of the top object (its elements are the records). */
    private static String arrayField(JsonParser parser) throws IOException, ImportRefused {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                return name;
            }
            parser.skipChildren();
        }
        throw new ImportRefused(line(parser), "the JSON object has no list of records in any of its fields.");
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (JsonNode item : node) {
                if (item.isValueNode()) {
                    joined.append(joined.length() == 0 ? "" : ", ").append(item.asText());
                }
            }
            values.put(prefix, joined.toString());
        } else {
            values.put(prefix, node.isNull() ? "" : node.isNumber() ? node.decimalValue().toPlainString() : node.asText());
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
