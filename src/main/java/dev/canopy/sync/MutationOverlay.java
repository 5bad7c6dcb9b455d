package dev.canopy.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record save laid over a newer state of its record: that state, with only the edit's own fields taken from the
 * edit. The server merges a save this way; the client re-applies a kept edit this way after a conflict.
 */
public final class MutationOverlay {

    private MutationOverlay() {
    }

    /** The save's args with its record replaced by {@code current} plus the listed fields of the saved record. */
    public static Map<String, Object> overlay(Map<String, Object> args, Map<String, Object> current, List<String> fields) {
        Map<String, Object> pushed = args.get("record") instanceof Map<?, ?> map ? cast(map) : Map.of();
        Map<String, Object> merged = new HashMap<>(current);
        fields.forEach(f -> {
            if (pushed.containsKey(f)) {
                merged.put(f, pushed.get(f));
            }
        });
        Map<String, Object> next = new HashMap<>(args);
        next.put("record", merged);
        return next;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
