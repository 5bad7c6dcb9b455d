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

        for (Object record : List.of(computer, tenant, removed)) {
            RecordDiff.Diff created = RecordDiff.between(null, record);
            RecordDiff.Diff compared = RecordDiff.compared(JsonNodeFactory.instance.objectNode(), Json.MAPPER.valueToTree(record));
            assertThat(created.fields()).isEqualTo(compared.fields());
            assertThat(RecordDiff.readable(created.json())).isEqualTo(compared.json());
            assertThat(created.json().length()).isLessThan(compared.json().length());
        }
        assertThat(RecordDiff.between(null, computer).fields()).contains("name", "tenantId", "software").doesNotContain("meta", "deleted");
        assertThat(RecordDiff.between(null, removed).fields()).contains("deleted");
        assertThat(RecordDiff.readable(RecordDiff.between(null, computer).json())).contains("\"name\":{\"before\":null,\"after\":\"PC-0042\"}");
        String changed = RecordDiff.between(computer, new Computer(computer.id(), "PC-0043", computer.tenantId(), "SN42", "dev-42",
                "Windows 11 Pro", "", computer.lastSeen(), null, computer.tags(), computer.software(), META)).json();
        assertThat(RecordDiff.readable(changed)).isEqualTo(changed);
    }
}
