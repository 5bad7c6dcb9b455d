package dev.canopy.sync;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.PersonKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A mutation the codec cannot read is refused with a sentence naming the mutation, the field and what is wrong. */
class MalformedMutationTest {

    /** Marks a path to remove rather than set. */
    private static final Object ABSENT = new Object();

    private final MutationCodec codec = new MutationCodec();

    @Test
    void unknownName() {
        assertThatThrownBy(() -> codec.decode("tenant.explode", Map.of("id", CommandSamples.MSP.toString())))
                .isInstanceOf(MalformedMutation.class)
                .hasMessage("unknown mutation \"tenant.explode\"");
        assertThatThrownBy(() -> codec.decode(null, Map.of())).hasMessage("unknown mutation \"null\"");
    }

    @Test
    void noArguments() {
        assertThatThrownBy(() -> codec.decode("tenant.delete", null)).hasMessage("tenant.delete: the arguments are missing");
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            update only the parent          | parentId                   | 'abc'        | tenant.update: "parentId" is not a UUID: 'abc'
            update only the parent          | parentId                   | '1-1-1-1-1'  | tenant.update: "parentId" is not a UUID: '1-1-1-1-1'
            update only the parent          | id                         | ABSENT       | tenant.update: "id" is missing
            update only the parent          | id                         | NULL         | tenant.update: "id" must be a UUID, not null
            update only the parent          | parentId                   | NULL         | tenant.update: "parentId" must be a UUID, not null
            update name and tags            | name                       | 7            | tenant.update: "name" must be text
            update name and tags            | tags                       | 'gold'       | tenant.update: "tags" must be a list
            update name and tags            | tags.1                     | true         | tenant.update: "tags[1]" must be text
            create a client under the MSP   | parentId                   | ABSENT       | tenant.create: "parentId" is missing
            update the integration mappings | externalRefs               | 'autotask'   | tenant.update: "externalRefs" must be a list
            update the integration mappings | externalRefs.1             | '4711'       | tenant.update: "externalRefs[1]" must be an object
            update the integration mappings | externalRefs.0.externalId  | ABSENT       | tenant.update: "externalRefs[0].externalId" is missing
            update the integration mappings | externalRefs.0.source      | 7            | tenant.update: "externalRefs[0].source" must be text
            delete a tenant                 | id                         | 42           | tenant.delete: "id" must be a UUID
            restore a tenant                | id                         | ABSENT       | tenant.restore: "id" is missing
            reassign several computers      | groups                     | EMPTY_LIST   | computer.reassign: "groups" must hold at least one group
            reassign back to two tenants (undo) | groups.1.computerIds.0 | 'pc-7'       | computer.reassign: "groups[1].computerIds[0]" is not a UUID: 'pc-7'
            reassign back to two tenants (undo) | groups.0.tenantId      | ABSENT       | computer.reassign: "groups[0].tenantId" is missing
            enforce a preference            | mode                       | 'ALWAYS'     | preference.set: "mode" must be one of INHERIT, OVERRIDE, ENFORCED: 'ALWAYS'
            enforce a preference            | mode                       | 2            | preference.set: "mode" must be one of INHERIT, OVERRIDE, ENFORCED
            enforce a preference            | key                        | NULL         | preference.set: "key" must be text, not null
            merge with collisions decided   | decisions.person:00000000-0000-4000-8000-000000000401 | 'KEEP_ALL' | tenant.merge: "decisions.person:00000000-0000-4000-8000-000000000401" must be one of KEEP_DESTINATION, KEEP_SOURCE, KEEP_BOTH_RENAMED: 'KEEP_ALL'
            merge with collisions decided   | decisions                  | EMPTY_LIST   | tenant.merge: "decisions" must be an object
            merge with collisions decided   | sourceId                   | ABSENT       | tenant.merge: "sourceId" is missing
            unmerge (the undo of a merge)   | tenants.1.meta.updatedAt   | 'yesterday'  | tenant.unmerge: "tenants[1].meta.updatedAt" is not a date and time like 2024-05-01T09:30:00Z: 'yesterday'
            unmerge (the undo of a merge)   | merge.destinationId        | 'abc'        | tenant.unmerge: "merge.destinationId" is not a UUID: 'abc'
            unmerge (the undo of a merge)   | computers.00000000-0000-4000-8000-000000000101 | 'x' | tenant.unmerge: "computers.00000000-0000-4000-8000-000000000101" is not a UUID: 'x'
            unmerge (the undo of a merge)   | tenants                    | EMPTY_LIST   | tenant.unmerge: "tenants" must hold at least the source tenant
            unmerge (the undo of a merge)   | people.0.role              | 'OWNER'      | tenant.unmerge: "people[0].role" must be one of MSP_ADMIN, TECHNICIAN, TENANT_ADMIN, TENANT_USER: 'OWNER'
            save a weekly schedule with every field set | record.windowMinutes | 'long' | schedule.save: "record.windowMinutes" must be a number
            save a weekly schedule with every field set | record.windowMinutes | 1.5    | schedule.save: "record.windowMinutes" must be a whole number: 1.5
            save a weekly schedule with every field set | record.windowMinutes | 99999999999 | schedule.save: "record.windowMinutes" is too large: 99999999999
            save a weekly schedule with every field set | record.enabled | 'yes'      | schedule.save: "record.enabled" must be true or false
            save a weekly schedule with every field set | record.target.kind | 'SOME' | schedule.save: "record.target.kind" must be one of ALL_COMPUTERS, TAG, COMPUTERS: 'SOME'
            save a weekly schedule with every field set | record.meta | ABSENT       | schedule.save: "record.meta" is missing
            save a weekly schedule with every field set | record      | 'schedule'   | schedule.save: "record" must be an object
            save a weekly schedule with every field set | id          | '00000000-0000-4000-8000-000000000999' | schedule.save: "id" is not the id of "record" (00000000-0000-4000-8000-000000000201)
            save a deployment of scope TAG  | record.scope               | 'GLOBAL'     | deployment.save: "record.scope" must be one of CROSS_TENANT, TENANT, COMPUTER, TAG: 'GLOBAL'
            save a deployment of scope TAG  | record.computerIds         | NULL         | deployment.save: "record.computerIds" must be a list, not null
            save a person with a role       | record.role                | 'ROOT'       | person.save: "record.role" must be one of MSP_ADMIN, TECHNICIAN, TENANT_ADMIN, TENANT_USER: 'ROOT'
            save a person with a role       | record.tenantId            | ABSENT       | person.save: "record.tenantId" is missing
            delete a person                 | id                         | ABSENT       | person.delete: "id" is missing
            """)
    void refusesWithTheField(String sample, String path, String value, String message) {
        Command command = CommandSamples.all().get(sample);
        assertThat(command).as("sample " + sample).isNotNull();
        Map<String, Object> args = edited(codec.argsOf(command), path, valueOf(value));

        MalformedMutation refused = catchThrowableOfType(MalformedMutation.class, () -> codec.decode(command.mutationName(), args));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused).hasMessage(message);
        assertThat(refused.mutation()).isEqualTo(command.mutationName());
        assertThat(refused.field()).isNotBlank();
        assertThat(refused.getStackTrace()).as("no stack trace to leak").isEmpty();
        assertThat(refused.getMessage()).doesNotContain("java.", "Exception", "jackson", "Cannot deserialize");
    }

    @Test
    void aLongValueIsCutShortInTheMessage() {
        Command command = CommandSamples.all().get("delete a tenant");
        Map<String, Object> args = edited(codec.argsOf(command), "id", "x".repeat(5000));

        assertThatThrownBy(() -> codec.decode("tenant.delete", args))
                .hasMessage("tenant.delete: \"id\" is not a UUID: '" + "x".repeat(60) + "…'");
    }

    @Test
    void nullsAreAcceptedWhereTheRecordTakesThem() {
        Command command = CommandSamples.all().get("save a person with a role");
        Map<String, Object> args = edited(codec.argsOf(command), "record.role", null);

        Command decoded = codec.decode("person.save", args);

        assertThat(decoded).isEqualTo(new SaveRecord<>(PersonKind.INSTANCE, CommandSamples.person(401, null)));
    }

    private static Object valueOf(String text) {
        return switch (text) {
            case "ABSENT" -> ABSENT;
            case "NULL" -> null;
            case "EMPTY_LIST" -> List.of();
            case "true" -> Boolean.TRUE;
            default -> {
                if (text.startsWith("'")) {
                    yield text.substring(1, text.length() - 1);
                }
                if (text.contains(".")) {
                    yield Double.valueOf(text);
                }
                long n = Long.parseLong(text);
                // as Jackson reads JSON numbers: Integer when it fits
                yield n == (int) n ? (Object) (int) n : (Object) n;
            }
        };
    }

    /** A deep copy of args with the value at path (dots; numbers index lists) set, or removed when ABSENT. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> edited(Map<String, Object> args, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(args);
        String[] steps = path.split("\\.");
        Object at = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            at = at instanceof List<?> list ? list.get(Integer.parseInt(steps[i])) : ((Map<String, Object>) at).get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (at instanceof List<?> list) {
            ((List<Object>) list).set(Integer.parseInt(last), value);
        } else if (value == ABSENT) {
            assertThat((Map<String, Object>) at).as(path).containsKey(last);
            ((Map<String, Object>) at).remove(last);
        } else {
            assertThat((Map<String, Object>) at).as(path).containsKey(last);
            ((Map<String, Object>) at).put(last, value);
        }
        return copy;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }
}
