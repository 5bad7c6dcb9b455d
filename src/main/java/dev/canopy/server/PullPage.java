package dev.canopy.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.canopy.store.RecordStates;
import dev.canopy.sync.Change;
import dev.canopy.sync.PullResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a pull as read from the database, before it is sent: either written straight to JSON (the HTTP answer,
 * without building a map per record) or turned into a {@link PullResponse}. Both give the same JSON.
 */
final class PullPage {

    /** One change to send; the record is a state read from the store, or the few fields naming a record without one. */
    record Entry(long seq, String entity, UUID id, String op, RecordStates.State state, Map<String, Object> keyOnly) {
    }

    private final List<Entry> entries;
    private final long cursor;
    private final boolean hasMore;
    private final long lastMutationId;

    PullPage(List<Entry> entries, long cursor, boolean hasMore, long lastMutationId) {
        this.entries = entries;
        this.cursor = cursor;
        this.hasMore = hasMore;
        this.lastMutationId = lastMutationId;
    }

    PullResponse response() {
        List<Change> changes = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            changes.add(new Change(e.seq(), e.entity(), e.id(), e.op(), e.state() == null ? e.keyOnly() : e.state().fields()));
        }
        return new PullResponse(changes, cursor, hasMore, lastMutationId);
    }

    /** The page as PullResponse's JSON (docs/sync-protocol.md), each record written from its stored state. */
    void write(OutputStream out) throws IOException {
        try (JsonGenerator json = ProtocolJson.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("changes");
            for (Entry e : entries) {
                json.writeStartObject();
                json.writeNumberField("seq", e.seq());
                json.writeStringField("entity", e.entity());
                json.writeStringField("id", e.id().toString());
                json.writeStringField("op", e.op());
                json.writeFieldName("record");
                if (e.state() != null) {
                    e.state().write(json);
                } else if (e.keyOnly() != null) {
                    ProtocolJson.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValue(json, e.keyOnly());
                } else {
                    json.writeNull();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("cursor", cursor);
            json.writeBooleanField("hasMore", hasMore);
            json.writeNumberField("lastMutationId", lastMutationId);
            json.writeEndObject();
        }
    }
}
