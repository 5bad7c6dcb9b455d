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

    /** A diff as the audit stores it, and the names of its fields (what the outbox's touches record). */
    record Diff(String json, java.util.Set<String> fields) {
    }

    /** {field: {before, after}}; before is null for a new record. The sync fields are left out except "deleted". */
    static Diff between(Object before, Object after) {
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
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        diff.fieldNames().forEachRemaining(names::add);
        return new Diff(diff.toString(), java.util.Collections.unmodifiableSet(names));
    }
}
