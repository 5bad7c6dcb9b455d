package dev.canopy.store;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ImportRecords;

/**
 * A mutation's arguments as the outbox stores and pushes them: the store's JSON, except that an import's live records
 * leave out their meta. The import reads only "deleted" from it (see {@link ImportRecords#LIVE}), and each of a part's
 * 2,000 records carried the same placeholder: a quarter of the bytes a 100k import wrote to its outbox.
 */
final class OutboxArgs {

    private OutboxArgs() {
    }

    static String of(Command command) {
        if (!(command instanceof ImportRecords)) {
            return Json.write(command.args());
        }
        try {
            return IMPORT.writeValueAsString(command.args());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for an import's records", e);
        }
    }

    @JsonFilter("liveMetaLeftOut")
    private static final class LiveMetaLeftOut {
    }

    private static final class LiveMetaFilter extends SimpleBeanPropertyFilter {
        @Override
        public void serializeAsField(Object pojo, JsonGenerator out, SerializerProvider provider, PropertyWriter writer) throws Exception {
            if (writer.getName().equals("meta") && writer instanceof BeanPropertyWriter bean && bean.get(pojo) instanceof RecordMeta meta
                    && !meta.deleted()) {
                return;
            }
            writer.serializeAsField(pojo, out, provider);
        }
    }

    private static final ObjectWriter IMPORT = Json.MAPPER.copy().addMixIn(Object.class, LiveMetaLeftOut.class)
            .writer(new SimpleFilterProvider().addFilter("liveMetaLeftOut", new LiveMetaFilter()));
}
