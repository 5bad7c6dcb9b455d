package dev.canopy.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.MutationCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An import's live records reach the outbox (and the server) without their placeholder meta, and read back the same. */
class OutboxArgsTest {

    private static final RecordMeta REMOVED = ImportRecords.LIVE.withDeleted(true, Instant.EPOCH, "import");

    @Test
    void anImportsLiveRecordsLeaveOutTheirMetaAndARemovedOneKeepsIt() throws Exception {
        UUID client = UUID.randomUUID();
        Tenant tenant = new Tenant(client, "Initech", "", TenantKind.CLIENT, UUID.randomUUID(), "", "", List.of(), true,
                List.of(new ExternalRef("datto-rmm", "c-1")), ImportRecords.LIVE);
        Person person = new Person(UUID.randomUUID(), client, "Ada Lovelace", "ada@initech.example", null, true, List.of(), ImportRecords.LIVE);
        Computer live = computer("INI-01", client, ImportRecords.LIVE);
        Computer removed = computer("INI-02", client, REMOVED);
        ImportRecords command = new ImportRecords("import of 2 computers from devices.csv", List.of(tenant), List.of(person), List.of(live, removed));

        String json = OutboxArgs.of(command);
        Map<String, Object> args = Json.MAPPER.readValue(json, new TypeReference<>() { });
        assertThat(records(args, "tenants").get(0)).doesNotContainKey("meta").containsEntry("name", "Initech");
        assertThat(records(args, "people").get(0)).doesNotContainKey("meta");
        assertThat(records(args, "computers").get(0)).doesNotContainKey("meta");
        assertThat(records(args, "computers").get(1)).containsKey("meta");
        assertThat(json.length()).isLessThan(Json.write(command.args()).length());

        // what the server decodes: the same command (a left-out meta reads as the import's placeholder)
        assertThat(new MutationCodec().decode("import.apply", args)).isEqualTo(command);
    }

    @Test
    void anotherMutationsRecordKeepsItsMetaWhichTheServerComparesVersionsWith() throws Exception {
        Person person = new Person(UUID.randomUUID(), UUID.randomUUID(), "Ada Lovelace", "ada@initech.example", null, true, List.of(),
                new RecordMeta(7, Instant.parse("2026-11-30T10:15:00Z"), "alex", false));
        SaveRecord<Person> save = new SaveRecord<>(PersonKind.INSTANCE, person);
        Map<String, Object> args = Json.MAPPER.readValue(OutboxArgs.of(save), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) args.get("record");
        assertThat(record).containsKey("meta");
        assertThat(new MutationCodec().decode("person.save", args)).isEqualTo(save);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Map<String, Object> args, String key) {
        return (List<Map<String, Object>>) args.get(key);
    }

    private static Computer computer(String name, UUID tenant, RecordMeta meta) {
        return new Computer(UUID.randomUUID(), name, tenant, "SN-" + name, "d-" + name, "Windows 11 Pro", "23H2",
                Instant.parse("2026-11-30T10:15:00Z"), null, List.of(), List.of(), meta);
    }
}
