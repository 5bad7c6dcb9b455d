package dev.canopy.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit of a new record reads as every field from null, whichever way the diff is made; its stored form is compact. */
class RecordDiffTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-12-02T08:00:00Z"), "alex");

    @Test
    void aNewRecordsDiffIsTheSameAsComparingWithNothing() {
        Computer computer = new Computer(UUID.randomUUID(), "PC-0042", UUID.randomUUID(), "SN42", "dev-42", "Windows 11 Pro", "",
                Instant.parse("2026-11-30T08:15:00Z"), null, List.of("kiosk", "eu"), List.of(new Software("7-Zip", "24.08", "Igor Pavlov")), META);
        Tenant tenant = new Tenant(UUID.randomUUID(), "Acme \"Berlin\"", "acme-berlin", TenantKind.SUB, UUID.randomUUID(), "Two floors",
                "Europe/Berlin", List.of(), true, List.of(new ExternalRef("autotask", "4711")), META);
        Tenant removed = tenant.withMeta(META.withDeleted(true, META.updatedAt(), "alex"));

        // the audit tenant each writer gives: a computer's own tenant, a tenant itself
        record Written(Object record, UUID id, UUID auditTenant) {
        }
        for (Written w : List.of(new Written(computer, computer.id(), computer.tenantId()), new Written(tenant, tenant.id(), tenant.id()),
                new Written(removed, removed.id(), removed.id()), new Written(computer, computer.id(), UUID.randomUUID()))) {
            RecordDiff.Diff created = RecordDiff.between(null, w.record(), w.auditTenant());
            RecordDiff.Diff compared = RecordDiff.compared(JsonNodeFactory.instance.objectNode(), Json.MAPPER.valueToTree(w.record()));
            assertThat(created.fields()).isEqualTo(compared.fields());
            assertThat(RecordDiff.readable(created.json(), w.id(), w.auditTenant())).isEqualTo(compared.json());
            assertThat(created.json().length()).isLessThan(compared.json().length());
            assertThat(created.json()).doesNotContain(w.id().toString());  // the entry's record_id column holds it
        }
        String stored = RecordDiff.between(null, computer, computer.tenantId()).json();
        assertThat(stored).doesNotContain(computer.tenantId().toString());
        // a computer whose entry names another tenant keeps its own in the text
        assertThat(RecordDiff.between(null, computer, UUID.randomUUID()).json()).contains(computer.tenantId().toString());
        assertThat(RecordDiff.between(null, computer, computer.tenantId()).fields()).contains("name", "tenantId", "software").doesNotContain("meta", "deleted");
        assertThat(RecordDiff.between(null, removed, removed.id()).fields()).contains("deleted");
        assertThat(RecordDiff.readable(stored, computer.id(), computer.tenantId())).contains("\"name\":{\"before\":null,\"after\":\"PC-0042\"}")
                .contains("\"tenantId\":{\"before\":null,\"after\":\"" + computer.tenantId() + "\"}");
        String changed = RecordDiff.between(computer, new Computer(computer.id(), "PC-0043", computer.tenantId(), "SN42", "dev-42",
                "Windows 11 Pro", "", computer.lastSeen(), null, computer.tags(), computer.software(), META), computer.tenantId()).json();
        assertThat(RecordDiff.readable(changed, computer.id(), computer.tenantId())).isEqualTo(changed);
    }

    @Test
    void anEntryWrittenWithItsIdsInTheTextReadsAsItDid() {
        UUID id = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        String old = "{\"@created\":{\"id\":\"" + id + "\",\"name\":\"PC-1\",\"tenantId\":\"" + tenant + "\"}}";
        assertThat(RecordDiff.readable(old, UUID.randomUUID(), UUID.randomUUID())).isEqualTo("{\"id\":{\"before\":null,\"after\":\"" + id
                + "\"},\"name\":{\"before\":null,\"after\":\"PC-1\"},\"tenantId\":{\"before\":null,\"after\":\"" + tenant
                + "\"}}");
    }
}
