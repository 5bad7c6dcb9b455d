package dev.canopy.sync;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.SaveRecord;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new command or record kind cannot be forgotten: every concrete Command in dev.canopy.domain needs a round-trip
 * sample, every RecordKind a save and a delete sample, and the codec must know exactly the names the samples use.
 */
class MutationCoverageTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.canopy.domain");

    @Test
    void everyCommandClassHasARoundTripSample() {
        Set<String> commands = concreteImplementationsOf(Command.class);
        Set<String> sampled = CommandSamples.all().values().stream().map(c -> c.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(commands).as("the domain's commands (found %s)", commands).isNotEmpty();
        assertThat(sampled).as("command classes with a sample in CommandSamples").containsAll(commands);
    }

    @Test
    void everyRecordKindHasASaveAndADeleteSample() throws Exception {
        Set<String> kinds = new TreeSet<>();
        for (String kindClass : concreteImplementationsOf(RecordKind.class)) {
            // kinds are singletons by convention (ScheduleKind.INSTANCE); their name() is the mutation prefix
            RecordKind<?> kind = (RecordKind<?>) Class.forName(kindClass).getField("INSTANCE").get(null);
            kinds.add(kind.name());
        }
        Set<String> saved = CommandSamples.all().values().stream().filter(SaveRecord.class::isInstance)
                .map(c -> ((SaveRecord<?>) c).kind().name()).collect(Collectors.toSet());
        Set<String> deleted = CommandSamples.all().values().stream().filter(DeleteRecord.class::isInstance)
                .map(c -> ((DeleteRecord<?>) c).kind().name()).collect(Collectors.toSet());

        assertThat(kinds).as("record kinds").contains("schedule", "deployment", "person");
        assertThat(saved).as("kinds with a save sample").containsAll(kinds);
        assertThat(deleted).as("kinds with a delete sample").containsAll(kinds);
    }

    @Test
    void theCodecKnowsExactlyTheSampledNames() {
        Set<String> sampled = CommandSamples.all().values().stream().map(Command::mutationName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(MutationCodec.names())).isEqualTo(sampled);
    }

    private static Set<String> concreteImplementationsOf(Class<?> type) {
        return DOMAIN.stream()
                .filter(c -> c.isAssignableTo(type) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
