package dev.canopy.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.canopy.domain.command.Command;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample command travels as the server receives it: argsOf, inside a push body written to JSON text and read
 * back as the server reads it, then decoded. The decoded command must be the one that was sent.
 */
class MutationCodecRoundTripTest {

    /** Reads bodies like the server's ProtocolJson: unknown properties ignored. */
    private static final ObjectMapper HTTP = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final MutationCodec codec = new MutationCodec();

    static Stream<Arguments> samples() {
        return CommandSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodesWhatWasSent(String what, Command sent) throws Exception {
        Mutation mutation = new Mutation(7, sent.mutationName(), codec.argsOf(sent), 42, List.of());
        String body = HTTP.writeValueAsString(new PushRequest("client-1", List.of(mutation), false));

        Mutation received = HTTP.readValue(body, PushRequest.class).mutations().get(0);
        Command decoded = codec.decode(received);

        assertThat(decoded).isEqualTo(sent);
        assertThat(decoded.mutationName()).isEqualTo(sent.mutationName());
        assertThat(decoded.targetId()).isEqualTo(sent.targetId());
        // and it would travel again unchanged
        assertThat(codec.argsOf(decoded)).isEqualTo(received.args());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void ignoresArgumentsItDoesNotKnow(String what, Command sent) {
        var args = new java.util.LinkedHashMap<>(codec.argsOf(sent));
        args.put("addedByANewerClient", java.util.Map.of("anything", List.of(1, "two")));

        assertThat(codec.decode(sent.mutationName(), args)).isEqualTo(sent);
    }
}
