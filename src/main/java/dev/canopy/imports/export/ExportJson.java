package dev.canopy.imports.export;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The export's JSON: each record as its fields (the record components of DESIGN.md §1's records, nulls written out,
 * dates as ISO-8601 text), one record per line so that a refusal's line number points at one record. Reading is strict:
 * a field the format does not have, a missing field, a null list or a null true/false is refused, so a hand-edited file
 * either restores exactly or is refused with the line.
 */
final class ExportJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // each record is written with writeValue: flushing after each would make every record a write to the disk
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Tenant.isRoot() is derived from the kind, not a field
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
            .build();

    private ExportJson() {
    }

    /** A generator on the stream (left open) in the export's layout. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.setPrettyPrinter(new ExportLayout());
        return generator;
    }
}
