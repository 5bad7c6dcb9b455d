package dev.canopy.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.sync.PublishRequest.PublishedRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Domain records written as the JSON objects the protocol carries, for states a test publishes. */
final class WireRecords {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-30T08:00:00Z"), "setup");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private WireRecords() {
    }

    static PublishedRecord published(String entity, Object domainRecord) {
        return new PublishedRecord(entity, JSON.convertValue(domainRecord, new TypeReference<Map<String, Object>>() {
        }));
    }

    static Tenant tenant(UUID id, String name, TenantKind kind, UUID parent) {
        return new Tenant(id, name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), kind, parent, "", "", List.of(), true,
                List.of(), META);
    }
}
