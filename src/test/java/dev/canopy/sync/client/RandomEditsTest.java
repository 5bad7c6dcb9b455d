package dev.canopy.sync.client;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.MutationCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The convergence property is only as good as its edits: against the team's starting state, the generator (with
 * undo) makes every kind of mutation the protocol knows, and the local rules accept a fair share of them.
 */
class RandomEditsTest {

    @TempDir
    Path folder;

    @Test
    void everyMutationKindIsMadeAndMostEditsAreAccepted() {
        Map<String, Integer> made = new TreeMap<>();
        int tried = 0;
        int refused = 0;
        try (LocalStore store = LocalStore.open(folder, "sam", java.time.Clock.systemUTC())) {
            TeamState.writeInto(store);
            Random random = new Random(11);
            RandomEdits edits = new RandomEdits(store, random);
            Command.Applied last = null;
            for (int i = 0; i < 600; i++) {
                Optional<Command> edit = last != null && random.nextInt(6) == 0 ? Optional.of(last.inverse()) : edits.next();
                if (edit.isEmpty()) {
                    continue;
                }
                tried++;
                try {
                    last = store.execute(edit.get());
                    made.merge(edit.get().mutationName(), 1, Integer::sum);
                } catch (RuleViolation rule) {
                    refused++;
                    last = null;
                }
            }
        }
        assertThat(made.keySet()).as("made: %s", made).containsAll(MutationCodec.names());
        assertThat(refused).as("refused of %d tried, made %s", tried, made).isLessThan(tried / 2);
    }
}
