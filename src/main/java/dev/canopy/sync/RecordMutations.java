package dev.canopy.sync;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.ScheduleKind;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code <kind>.save} and {@code <kind>.delete} for every kind of tenant-owned record. A new {@link RecordKind}
 * needs one line in {@link #KINDS}; MutationCoverageTest fails until it has it.
 */
final class RecordMutations {

    private static final List<Codec<?>> KINDS = List.of(
            new Codec<>(ScheduleKind.INSTANCE, WireRecords::schedule),
            new Codec<>(DeploymentKind.INSTANCE, WireRecords::deployment),
            new Codec<>(PersonKind.INSTANCE, WireRecords::person));

    private RecordMutations() {
    }

    static void addTo(Map<String, Decoder> decoders) {
        for (Codec<?> codec : KINDS) {
            decoders.put(codec.kind().name() + ".save", codec::save);
            decoders.put(codec.kind().name() + ".delete", codec::delete);
        }
    }

    private record Codec<R>(RecordKind<R> kind, Function<WireArgs, R> reader) {

        Command save(WireArgs a) {
            UUID id = a.uuid("id");
            R record = reader.apply(a.object("record"));
            // the server takes the target from "id": it must be the record's, or the edit would land on another
            if (!id.equals(kind.id(record))) {
                throw a.refuse("id", "is not the id of \"record\" (" + kind.id(record) + ")");
            }
            return new SaveRecord<>(kind, record);
        }

        Command delete(WireArgs a) {
            return new DeleteRecord<>(kind, a.uuid("id"));
        }
    }
}
