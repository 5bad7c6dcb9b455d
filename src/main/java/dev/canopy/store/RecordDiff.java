package dev.canopy.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** Before/after of the top-level fields that differ between two versions of any record, for the audit. */
final class RecordDiff {

    private RecordDiff() {
    }

    /** {field: {before, after}}; before is null for a new record. The sync fields are left out except "deleted". */
    static String of(Object before, Object after) {
        JsonNode old = before == null ? JsonNodeFactory.instance.objectNode() : Json.MAPPER.valueToTree(before);
        JsonNode now = after == null ? JsonNodeFactory.instance.objectNode() : Json.MAPPER.valueToTree(after);
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
        return diff.toString();
    }

    /** The field names of a diff written by {@link #of}. */
    static java.util.Set<String> fields(String diff) {
        try {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            Json.MAPPER.readTree(diff).fieldNames().forEachRemaining(names::add);
            return java.util.Collections.unmodifiableSet(names);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a diff this class wrote is not JSON", e);
        }
    }
}
