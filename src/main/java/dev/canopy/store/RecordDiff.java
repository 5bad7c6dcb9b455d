package dev.canopy.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Before/after of the top-level fields that differ between two versions of any record, for the audit. */
final class RecordDiff {

    private RecordDiff() {
    }

    /** A diff as the audit stores it, and the names of its fields (what the outbox's touches record). */
    record Diff(String json, Set<String> fields) {
    }

    /** {field: {before, after}}; before is null for a new record. The sync fields are left out except "deleted". */
    static Diff between(Object before, Object after) {
        if (before == null && after != null) {
            return created(after);
        }
        JsonNode old = before == null ? JsonNodeFactory.instance.objectNode() : Json.MAPPER.valueToTree(before);
        JsonNode now = after == null ? JsonNodeFactory.instance.objectNode() : Json.MAPPER.valueToTree(after);
        return compared(old, now);
    }

    /** The diff of two records' JSON trees. */
    static Diff compared(JsonNode old, JsonNode now) {
        ObjectNode diff = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = now.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().equals("meta")) {
                continue;
            }
            JsonNode was = old.get(field.getKey());
            if (was == null || !was.equals(field.getValue())) {
                ObjectNode change = diff.putObject(field.getKey());
                change.set("before", was);
                change.set("after", field.getValue());
            }
        }
        boolean wasDeleted = old.path("meta").path("deleted").asBoolean(false);
        boolean isDeleted = now.path("meta").path("deleted").asBoolean(false);
        if (wasDeleted != isDeleted) {
            ObjectNode change = diff.putObject("deleted");
            change.put("before", wasDeleted);
            change.put("after", isDeleted);
        }
        Set<String> names = new LinkedHashSet<>();
        diff.fieldNames().forEachRemaining(names::add);
        return new Diff(diff.toString(), Collections.unmodifiableSet(names));
    }

    /**
     * A new record's diff — every field from null — written straight from its serialised tokens: an import creates 100k
     * computers, and building two JSON trees per record cost more than inserting it. The same text as {@link #compared}.
     */
    private static Diff created(Object after) {
        Set<String> names = new LinkedHashSet<>();
        StringWriter text = new StringWriter(640);
        try (TokenBuffer tokens = new TokenBuffer(Json.MAPPER, false)) {
            Json.MAPPER.writeValue(tokens, after);
            boolean deleted = false;
            try (JsonParser record = tokens.asParser(); JsonGenerator out = Json.MAPPER.getFactory().createGenerator(text)) {
                record.nextToken();
                out.writeStartObject();
                while (record.nextToken() == JsonToken.FIELD_NAME) {
                    String name = record.currentName();
                    record.nextToken();
                    if (name.equals("meta")) {
                        deleted = record.readValueAsTree() instanceof JsonNode meta && meta.path("deleted").asBoolean(false);
                        continue;
                    }
                    names.add(name);
                    out.writeObjectFieldStart(name);
                    out.writeNullField("before");
                    out.writeFieldName("after");
                    out.copyCurrentStructure(record);
                    out.writeEndObject();
                }
                if (deleted) {
                    names.add("deleted");
                    out.writeObjectFieldStart("deleted");
                    out.writeBooleanField("before", false);
                    out.writeBooleanField("after", true);
                    out.writeEndObject();
                }
                out.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a record this store holds did not serialise", e);
        }
        return new Diff(text.toString(), Collections.unmodifiableSet(names));
    }
}
