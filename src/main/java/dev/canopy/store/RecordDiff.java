package dev.canopy.store;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import dev.canopy.domain.RecordMeta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Before/after of the top-level fields that differ between two versions of any record, for the audit. */
final class RecordDiff {

    private RecordDiff() {
    }

    /** A diff as the audit stores it, and the names of its fields (what the outbox's touches record). */
    record Diff(String json, Set<String> fields) {
    }

    /**
     * {field: {before, after}}; before is null for a new record. The sync fields are left out except "deleted". The audit
     * entry it is written to names the record (after's id) and auditTenant, which a new record's compact form leans on.
     */
    static Diff between(Object before, Object after, UUID auditTenant) {
        if (before == null && after != null) {
            return created(after, auditTenant);
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

    /** The value of "id", and of "tenantId" when it is the entry's tenant, in a new record's stored form: "see the entry's column". */
    private static final String AS_ENTRY = "@";
    private static final String AUDIT_TENANT = "auditTenant";

    /**
     * A new record as its audit entry stores it: without its sync fields (the entry's own time and actor, or read as
     * "deleted"), and with its id and tenant, which the entry's own columns hold, written as {@link #AS_ENTRY} (a third
     * of a computer's text; not a UUID, so never mistaken for one).
     */
    @JsonFilter("created")
    private static final class AsCreated {
    }

    private static final class CreatedFilter extends SimpleBeanPropertyFilter {
        @Override
        public void serializeAsField(Object pojo, JsonGenerator out, SerializerProvider provider, PropertyWriter writer) throws Exception {
            String name = writer.getName();
            if (name.equals("meta")) {
                return;
            }
            if (name.equals("id") || name.equals("tenantId") && writer instanceof BeanPropertyWriter bean
                    && Objects.equals(bean.get(pojo), provider.getAttribute(AUDIT_TENANT))) {
                out.writeStringField(name, AS_ENTRY);
                return;
            }
            writer.serializeAsField(pojo, out, provider);
        }
    }

    private static final ObjectWriter CREATED_WRITER = Json.MAPPER.copy().addMixIn(Object.class, AsCreated.class)
            .writer(new SimpleFilterProvider().addFilter("created", new CreatedFilter()));

    /**
     * A new record's diff — every field from null — stored compactly as {"@created": the record without its meta}, plus
     * "@deleted": true for one created removed: an import creates 100k computers, and writing the before/after form for
     * each cost more than inserting it. {@link #readable} turns it into the same text as {@link #compared} when the
     * audit is read ("@" cannot start a record field's name).
     */
    private static Diff created(Object after, UUID auditTenant) {
        CreatedFields.Names names = CreatedFields.of(after);
        try {
            String record = CREATED_WRITER.withAttribute(AUDIT_TENANT, auditTenant).writeValueAsString(after);
            return new Diff(CREATED + record + (names.deleted() ? ",\"@deleted\":true}" : "}"), names.fields());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + after.getClass().getSimpleName(), e);
        }
    }

    /**
     * An audit text as readers see it, {field: {before, after}}: a new record's compact form expanded (its id and tenant
     * from the entry's columns), any other as stored.
     */
    static String readable(String stored, UUID recordId, UUID tenantId) {
        if (!stored.startsWith(CREATED)) {
            return stored;
        }
        try {
            JsonNode entry = Json.MAPPER.readTree(stored);
            ObjectNode record = (ObjectNode) entry.get("@created");
            fromEntry(record, "id", recordId);
            fromEntry(record, "tenantId", tenantId);
            record.putObject("meta").put("deleted", entry.path("@deleted").asBoolean(false));
            return compared(JsonNodeFactory.instance.objectNode(), record).json();
        } catch (IOException e) {
            throw new UncheckedIOException("an audit entry this store wrote is not JSON", e);
        }
    }

    /** Puts the entry's column back where the stored form says "see the entry" (entries written before this form hold the value itself). */
    private static void fromEntry(ObjectNode record, String field, UUID column) {
        if (AS_ENTRY.equals(record.path(field).textValue())) {
            record.put(field, column == null ? null : column.toString());
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
