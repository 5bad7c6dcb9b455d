package dev.canopy.store;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import dev.canopy.domain.RecordMeta;

import java.io.IOException;
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

    /** What a new record's audit text starts with; see {@link #created}. */
    private static final String CREATED = "{\"@created\":";

    /** Records without their sync fields: a new record's are the audit entry's own time and actor, or read as "deleted". */
    @JsonFilter("withoutMeta")
    private static final class WithoutMeta {
    }

    private static final ObjectWriter WITHOUT_META = Json.MAPPER.copy().addMixIn(Object.class, WithoutMeta.class)
            .writer(new SimpleFilterProvider().addFilter("withoutMeta", SimpleBeanPropertyFilter.serializeAllExcept("meta")));

    /**
     * A new record's diff — every field from null — stored compactly as {"@created": the record without its meta}, plus
     * "@deleted": true for one created removed: an import creates 100k computers, and writing the before/after form for
     * each cost more than inserting it. {@link #readable} turns it into the same text as {@link #compared} when the
     * audit is read ("@" cannot start a record field's name).
     */
    private static Diff created(Object after) {
        CreatedFields.Names names = CreatedFields.of(after);
        try {
            return new Diff(CREATED + WITHOUT_META.writeValueAsString(after) + (names.deleted() ? ",\"@deleted\":true}" : "}"), names.fields());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + after.getClass().getSimpleName(), e);
        }
    }

    /** An audit text as readers see it, {field: {before, after}}: a new record's compact form expanded, any other as stored. */
    static String readable(String stored) {
        if (!stored.startsWith(CREATED)) {
            return stored;
        }
        try {
            JsonNode entry = Json.MAPPER.readTree(stored);
            ObjectNode record = (ObjectNode) entry.get("@created");
            record.putObject("meta").put("deleted", entry.path("@deleted").asBoolean(false));
            return compared(JsonNodeFactory.instance.objectNode(), record).json();
        } catch (IOException e) {
            throw new UncheckedIOException("an audit entry this store wrote is not JSON", e);
        }
    }

    /**
     * The fields a new record's diff names: the same for every record of a class (the mapper writes every field, nulls
     * too), so they are found once per class and shared by all its records; plus "deleted" for one created removed.
     */
    private static final class CreatedFields {

        private record OfClass(Set<String> live, Set<String> removed, java.lang.reflect.Method meta) {
        }

        private static final java.util.Map<Class<?>, OfClass> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

        /** A new record's field names, and whether it was created removed. */
        record Names(Set<String> fields, boolean deleted) {
        }

        static Names of(Object record) {
            OfClass names = CLASSES.computeIfAbsent(record.getClass(), type -> namesOf(record));
            boolean deleted = deleted(names, record);
            return new Names(deleted ? names.removed() : names.live(), deleted);
        }

        private static OfClass namesOf(Object record) {
            Set<String> live = new LinkedHashSet<>();
            Json.MAPPER.valueToTree(record).fieldNames().forEachRemaining(name -> {
                if (!name.equals("meta")) {
                    live.add(name);
                }
            });
            Set<String> removed = new LinkedHashSet<>(live);
            removed.add("deleted");
            java.lang.reflect.Method meta = null;
            for (var component : record.getClass().getRecordComponents()) {
                if (component.getName().equals("meta") && component.getType() == RecordMeta.class) {
                    meta = component.getAccessor();
                }
            }
            return new OfClass(Collections.unmodifiableSet(live), Collections.unmodifiableSet(removed), meta);
        }

        private static boolean deleted(OfClass names, Object record) {
            if (names.meta() == null) {
                return Json.MAPPER.valueToTree(record).path("meta").path("deleted").asBoolean(false);
            }
            try {
                return ((RecordMeta) names.meta().invoke(record)).deleted();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's meta could not be read", e);
            }
        }
    }
}
