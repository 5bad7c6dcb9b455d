package dev.canopy.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.canopy.domain.command.Command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a pushed mutation back into the domain command that made it, so the server can check every domain rule
 * again and apply the same edit; and turns a command into the arguments the wire carries. {@link #decode} is the
 * inverse of each command's {@code args()} as the client's store writes them into its outbox.
 *
 * <p>Stateless and thread-safe.
 */
public final class MutationCodec {

    /**
     * Configured as the store's mapper ({@code dev.canopy.store.Json}, package-private there) that writes the outbox:
     * java.time as ISO-8601 text, default visibility (record components, plus is-getters such as Tenant's "root").
     * MutationCodecWireTest checks that both write the same JSON.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final TypeReference<Map<String, Object>> ARGS = new TypeReference<>() {
    };

    private static final Map<String, Decoder> DECODERS = decoders();

    private static Map<String, Decoder> decoders() {
        Map<String, Decoder> decoders = new LinkedHashMap<>();
        TenantMutations.addTo(decoders);
        MergeMutations.addTo(decoders);
        RecordMutations.addTo(decoders);
        ImportMutations.addTo(decoders);
        return Collections.unmodifiableMap(decoders);
    }

    /** Every mutation name this codec decodes, in a stable order (for the protocol document). */
    public static Set<String> names() {
        return DECODERS.keySet();
    }

    /**
     * The command a mutation named name with these arguments stands for. Arguments it does not know are ignored.
     *
     * @throws MalformedMutation when the name is unknown or an argument is missing or of the wrong shape; domain rules
     *                           are not checked here but when the command is applied
     */
    public Command decode(String name, Map<String, Object> args) {
        Decoder decoder = name == null ? null : DECODERS.get(name);
        if (decoder == null) {
            throw MalformedMutation.unknownName(name);
        }
        if (args == null) {
            throw MalformedMutation.noArgs(name);
        }
        return decoder.decode(WireArgs.root(name, args));
    }

    /** {@link #decode(String, Map)} of a pushed mutation. */
    public Command decode(Mutation mutation) {
        return decode(mutation.name(), mutation.args());
    }

    /**
     * A command's arguments exactly as the wire carries them: written to JSON text by the store's mapper and parsed
     * back, so records become maps, ids and instants strings, and numbers the types Jackson reads them as.
     */
    public Map<String, Object> argsOf(Command command) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsString(command.args()), ARGS);
        } catch (JsonProcessingException e) {
            // every command's args are records, strings, numbers and lists: failing here is a bug, not bad input
            throw new IllegalStateException("Cannot write the arguments of " + command.mutationName(), e);
        }
    }
}
