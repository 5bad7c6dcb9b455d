package dev.canopy.ui.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Turns an audit entry's {field: {before, after}} into "name: Globex → Globex Corp; tags: – → vip". */
public final class ChangeSummary {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeSummary() {
    }

    public static String of(String changes) {
        try {
            JsonNode root = JSON.readTree(changes);
            List<String> parts = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                parts.add(field.getKey() + ": " + text(field.getValue().get("before")) + " → " + text(field.getValue().get("after")));
            }
            return String.join("; ", parts);
        } catch (Exception unreadable) {
            return changes;
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isArray() && value.isEmpty()) {
            return "–";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.isTextual() ? v.asText() : v.toString()));
            return String.join(", ", items);
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
