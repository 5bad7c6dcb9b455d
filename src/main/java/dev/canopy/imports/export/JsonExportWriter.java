package dev.canopy.imports.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreSnapshot;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static dev.canopy.imports.export.ExportFields.*;

/** Writes the snapshot as the export document, each tenant's entry as soon as it is read (memory stays flat). */
final class JsonExportWriter implements StoreSnapshot.Reader {

    private final JsonGenerator json;
    private final StoreSnapshot.Progress progress;
    private RecordCounts counts = RecordCounts.NONE;

    JsonExportWriter(JsonGenerator json, StoreSnapshot.Progress progress) {
        this.json = json;
        this.progress = progress;
    }

    /** The header: the format marker and version first (what {@link CanopyExport#isExport} looks for), then where from. */
    void begin(Instant exportedAt, String exportedBy, String application, String source) throws IOException {
        json.writeStartObject();
        json.writeStringField(FORMAT, MARKER);
        json.writeNumberField(VERSION, CURRENT_VERSION);
        json.writeStringField(EXPORTED_AT, exportedAt.toString());
        json.writeStringField(EXPORTED_BY, exportedBy);
        json.writeStringField(APPLICATION, application);
        json.writeStringField(SOURCE, source);
        json.writeArrayFieldStart(TENANTS);
    }

    @Override
    public void tenants(List<Tenant> parentsFirst) {
        // each tenant is written with its records
    }

    @Override
    public void records(StoreSnapshot.TenantRecords r, int done, int total) throws IOException {
        json.writeStartObject();
        json.writeFieldName(TENANT);
        ExportJson.MAPPER.writeValue(json, r.tenant());
        list(PREFERENCES, r.preferences());
        list(SCHEDULES, r.schedules());
        list(DEPLOYMENTS, r.deployments());
        list(PEOPLE, r.people());
        list(COMPUTERS, r.computers());
        json.writeEndObject();
        counts = counts.plus(r);
        progress.tenantDone(done, total, r.tenant().name());
    }

    private void list(String field, List<?> records) throws IOException {
        json.writeArrayFieldStart(field);
        for (Object record : records) {
            ExportJson.MAPPER.writeValue(json, record);
        }
        json.writeEndArray();
    }

    /** The totals close the document: a reader that finds them knows it read it all. */
    RecordCounts end() throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart(TOTALS);
        for (var total : totals(counts).entrySet()) {
            json.writeNumberField(total.getKey(), total.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        return counts;
    }
}
