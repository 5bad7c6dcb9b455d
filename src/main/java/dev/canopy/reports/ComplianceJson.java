package dev.canopy.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A compliance report as JSON (UTF-8, indented), streamed row by row:
 * <pre>
 * {"report": "compliance", "scope": "...", "groupBy": "tenant",
 *  "filter": {"tenantId": ..., "includeSubTenants": ..., "software": [...], "enforcement": null, "status": "ALL"},
 *  "totals": {"rows": 4, "compliant": 3, "nonCompliant": 1, "percentCompliant": 75.0},
 *  "groups": [{"name": "...", "totals": {...}, "rows": [{"tenantId", "tenant", "computerId", "computer", "software",
 *              "desiredState": "AT_LEAST", "wantedVersion", "enforcement": "REQUIRED",
 *              "installedVersion": null when not installed, "compliant", "reason"}]}]}
 * </pre>
 * Enum values are their constant names, for scripts; the stream is left open.
 */
public final class ComplianceJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ComplianceJson() {
    }

    public static void write(ComplianceReport report, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("report", "compliance");
            json.writeStringField("scope", report.scope());
            json.writeStringField("groupBy", report.grouping().name().toLowerCase(java.util.Locale.ROOT));
            filter(json, report.filter());
            totals(json, report.totals());
            json.writeArrayFieldStart("groups");
            for (ComplianceGroup group : report.groups()) {
                json.writeStartObject();
                json.writeStringField("name", group.name());
                totals(json, group.totals());
                json.writeArrayFieldStart("rows");
                for (ComplianceRow row : group.rows()) {
                    row(json, row);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JSON: " + e.getMessage(), e);
        }
    }

    private static void filter(JsonGenerator json, ComplianceFilter filter) throws IOException {
        json.writeObjectFieldStart("filter");
        json.writeStringField("tenantId", filter.tenantId() == null ? null : filter.tenantId().toString());
        json.writeBooleanField("includeSubTenants", filter.tenantId() == null || filter.includeSubTenants());
        json.writeArrayFieldStart("software");
        for (String name : filter.software()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeStringField("enforcement", filter.enforcement() == null ? null : filter.enforcement().name());
        json.writeStringField("status", filter.status().name());
        json.writeEndObject();
    }

    private static void totals(JsonGenerator json, ComplianceTotals totals) throws IOException {
        json.writeObjectFieldStart("totals");
        json.writeNumberField("rows", totals.rows());
        json.writeNumberField("compliant", totals.compliant());
        json.writeNumberField("nonCompliant", totals.nonCompliant());
        json.writeNumberField("percentCompliant", totals.percentCompliant());
        json.writeEndObject();
    }

    private static void row(JsonGenerator json, ComplianceRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("tenantId", row.tenantId().toString());
        json.writeStringField("tenant", row.tenantPath());
        json.writeStringField("computerId", row.computerId().toString());
        json.writeStringField("computer", row.computerName());
        json.writeStringField("software", row.software());
        json.writeStringField("desiredState", row.desiredState().name());
        json.writeStringField("wantedVersion", row.wantedVersion());
        json.writeStringField("enforcement", row.enforcement().name());
        json.writeStringField("installedVersion", row.installedVersion());
        json.writeBooleanField("compliant", row.compliant());
        json.writeStringField("reason", row.reason());
        json.writeEndObject();
    }
}
