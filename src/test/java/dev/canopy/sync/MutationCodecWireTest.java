package dev.canopy.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canopy.domain.command.Command;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** argsOf must give what the client's outbox really holds, so the codec's mapper must write as the store's does. */
class MutationCodecWireTest {

    private final MutationCodec codec = new MutationCodec();

    /**
     * The store's mapper is package-private (dev.canopy.store.Json.MAPPER); reflection reaches it so this test
     * notices when the store changes how it writes outbox arguments and the codec's copy of its configuration drifts.
     */
    @Test
    void writesTheSameArgumentsAsTheStore() throws Exception {
        Field field = Class.forName("dev.canopy.store.Json").getDeclaredField("MAPPER");
        field.setAccessible(true);
        ObjectMapper store = (ObjectMapper) field.get(null);

        for (var sample : CommandSamples.all().entrySet()) {
            Command command = sample.getValue();
            Map<?, ?> outbox = store.readValue(store.writeValueAsString(command.args()), Map.class);
            assertThat(codec.argsOf(command)).as(sample.getKey()).isEqualTo(outbox);
        }
    }

    @Test
    void argumentsAreJsonValuesOnly() {
        for (var sample : CommandSamples.all().entrySet()) {
            assertJsonOnly(sample.getKey(), codec.argsOf(sample.getValue()));
        }
    }

    @Test
    void recordsTravelAsObjectsWithTextForIdsAndInstants() {
        Map<String, Object> args = codec.argsOf(CommandSamples.all().get("save a weekly schedule with every field set"));

        assertThat(args).containsEntry("id", CommandSamples.id(201).toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) args.get("record");
        assertThat(record).containsEntry("windowMinutes", 180).containsEntry("rebootPreference", "IF_REQUIRED");
        assertThat(record.get("meta")).isEqualTo(Map.of("version", 42, "updatedAt", "2025-11-03T08:15:30.123456789Z",
                "updatedBy", "alex@msp.example", "deleted", false));
    }

    private static void assertJsonOnly(String where, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertThat(k).as(where).isInstanceOf(String.class);
                assertJsonOnly(where + "." + k, v);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> assertJsonOnly(where + "[]", v));
        } else if (value != null) {
            assertThat(value).as(where).isInstanceOfAny(String.class, Number.class, Boolean.class);
        }
    }
}
