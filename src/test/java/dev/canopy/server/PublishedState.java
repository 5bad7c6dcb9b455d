package dev.canopy.server;

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

/** Records as a client publishes them: domain records written as the JSON fields a pull returns. */
final class PublishedState {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-30T08:00:00Z"), "alex");

    private PublishedState() {
    }

    static PublishedRecord record(String entity, Object domainRecord) {
        return new PublishedRecord(entity, JSON.convertValue(domainRecord, new TypeReference<Map<String, Object>>() {
        }));
    }

    static Tenant tenant(UUID id, String name, TenantKind kind, UUID parent) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }
}
