package dev.canopy.imports.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.imports.ImportRefused;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreException;
import dev.canopy.store.StoreRestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.canopy.imports.export.ExportFields.*;

/**
 * Reads an export document as a stream, one record at a time, into a restore's batch. Whatever is wrong is refused
 * with its line and what it is (the caller's transaction then keeps nothing): not JSON, not an export, a version this
 * Canopy does not read, a file cut short, a record with a missing, unknown or wrong field, a record inside a tenant it
 * does not belong to, a tenant before its parent, a record repeating another's id (a computer's device id, a tenant's
 * slug, a tenant's setting), totals that do not match what the file holds.
 */
final class ExportReader {

    private final JsonParser parser;
    private final StoreRestore.Records batch;
    private final Set<UUID> tenants = new HashSet<>();
    /** What the database holds unique, checked here so that a repeat is refused on its own line, in words. */
    private final Map<String, Set<Object>> taken = new HashMap<>();
    private String where = "the start of the file";
    /** The header's text fields as the file gives them (ExportFields' names). */
    private final Map<String, String> header = new HashMap<>();
    private int version;

    private ExportReader(JsonParser parser, StoreRestore.Records batch) {
        this.parser = parser;
        this.batch = batch;
    }

    /** Reads the whole document into the batch: its header and the counts of what it held. */
    static ExportContents read(InputStream source, StoreRestore.Records batch) throws ImportRefused {
        CountingInput in = new CountingInput(source);
        try (JsonParser parser = ExportJson.MAPPER.getFactory().createParser(in)) {
            ExportReader reader = new ExportReader(parser, batch);
            try {
                try {
                    return reader.document();
                } catch (JsonProcessingException e) {
                    // a file cut inside a token ("fal" of false) fails as a bad token, not as an end: what ends where the file does is a cut
                    if (in.ended && parser.currentLocation().getByteOffset() >= in.bytes) {
                        throw truncated(e, parser, reader);
                    }
                    throw e;
                }
            } catch (JsonEOFException e) {
                throw truncated(e, parser, reader);
            } catch (UnrecognizedPropertyException e) {
                throw new ImportRefused(line(e.getLocation(), parser), reader.where + " has a field this export format does not have: \""
                        + e.getPropertyName() + "\".");
            } catch (ValueInstantiationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new ImportRefused(line(e.getLocation(), parser), reader.where + " cannot be read: " + cause.getMessage() + ".");
            } catch (DatabindException e) {
                throw new ImportRefused(line(e.getLocation(), parser), reader.where + " cannot be read: " + e.getOriginalMessage() + ".");
            } catch (JsonProcessingException e) {
                throw new ImportRefused(line(e.getLocation(), parser), "this is not valid JSON (in " + reader.where + "): "
                        + e.getOriginalMessage() + ".");
            } catch (StoreException e) {
                throw new ImportRefused(parser.currentLocation().getLineNr(), "the database refused the records up to this line: "
                        + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the export: " + e.getMessage(), e);
        }
    }

    /** The file's stream, counting what was read and noting its end. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long bytes;
        boolean ended;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n < 0) {
                ended = true;
            } else {
                bytes += n;
            }
        }
    }

    private static ImportRefused truncated(JsonProcessingException e, JsonParser parser, ExportReader reader) {
        return new ImportRefused(line(e.getLocation(), parser), "the file ends in the middle of " + reader.where
                + ": the export is incomplete (cut off while it was written or copied?).");
    }

    private static int line(JsonLocation location, JsonParser parser) {
        JsonLocation at = location != null ? location : parser.currentLocation();
        return Math.max(at.getLineNr(), 0);
    }

    private ExportContents document() throws IOException, ImportRefused {
        if (parser.nextToken() != JsonToken.START_OBJECT || !FORMAT.equals(parser.nextFieldName())
                || !MARKER.equals(parser.nextTextValue())) {
            throw refused("this is not a Canopy export: it does not start with {\"" + FORMAT + "\":\"" + MARKER + "\".");
        }
        where = "the header";
        if (!VERSION.equals(parser.nextFieldName()) || parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw refused("the export's \"" + VERSION + "\" (a whole number) must follow its \"" + FORMAT + "\".");
        }
        if (parser.getIntValue() != CURRENT_VERSION) {
            throw refused("the export is of format version " + parser.getText() + "; this Canopy reads version " + CURRENT_VERSION
                    + (parser.getIntValue() > CURRENT_VERSION ? " (a newer Canopy wrote it: restore it with that one)." : "."));
        }
        version = parser.getIntValue();
        RecordCounts read = null;
        boolean totals = false;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            switch (field) {
                case EXPORTED_AT, EXPORTED_BY, APPLICATION, SOURCE -> {
                    if (parser.nextToken() != JsonToken.VALUE_STRING) {
                        throw refused("the header's \"" + field + "\" must be text.");
                    }
                    header.put(field, parser.getText());
                }
                case TENANTS -> read = tenants();
                case TOTALS -> {
                    if (read == null) {
                        throw refused("the \"" + TOTALS + "\" come after the \"" + TENANTS + "\".");
                    }
                    checkTotals(read);
                    totals = true;
                }
                default -> throw refused("the export has a field its format does not have: \"" + field + "\".");
            }
        }
        if (read == null || !totals) {
            throw refused("the export ends without its " + (read == null ? "\"" + TENANTS + "\"" : "\"" + TOTALS + "\"")
                    + ": it is incomplete.");
        }
        return new ExportContents(version, header.getOrDefault(EXPORTED_AT, ""), header.getOrDefault(EXPORTED_BY, ""),
                header.getOrDefault(APPLICATION, ""), header.getOrDefault(SOURCE, ""), read);
    }

    private RecordCounts tenants() throws IOException, ImportRefused {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw refused("\"" + TENANTS + "\" must be a list.");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            where = "entry " + (index + 1) + " of \"" + TENANTS + "\"";
            if (parser.currentToken() != JsonToken.START_OBJECT || !TENANT.equals(parser.nextFieldName())) {
                throw refused(where + " must be an object that starts with its \"" + TENANT + "\".");
            }
            Tenant tenant = tenant(index++);
            Set<String> lists = new HashSet<>();
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                if (!lists.add(field)) {
                    throw refused("tenant \"" + tenant.name() + "\" has \"" + field + "\" twice.");
                }
                list(tenant, field);
            }
        }
        where = "the end of the export";
        // what is still batched is written here, so that the database's refusal of it comes with a line too
        batch.writePending();
        return batch.counts();
    }

    private Tenant tenant(int index) throws IOException, ImportRefused {
        parser.nextToken();
        Tenant t = ExportJson.MAPPER.readValue(parser, Tenant.class);
        where = "tenant \"" + t.name() + "\"";
        required("id", t.id(), "name", t.name(), "slug", t.slug(), "kind", t.kind(), "meta", t.meta());
        if (index == 0) {
            if (t.kind() == TenantKind.MSP && t.parentId() != null) {
                throw refused("the MSP tenant \"" + t.name() + "\" has a parent; the MSP is the root.");
            }
        } else if (t.kind() == TenantKind.MSP) {
            throw refused("tenant \"" + t.name() + "\" is a second MSP; an export has at most one, first.");
        } else if (t.parentId() == null || !tenants.contains(t.parentId())) {
            throw refused("tenant \"" + t.name() + "\" has parent " + t.parentId() + ", which is not earlier in the export"
                    + " (parents come before their children).");
        }
        if (!tenants.add(t.id())) {
            throw refused("tenant " + t.id() + " is in the export twice.");
        }
        unique(TENANTS, "slug", t.slug());
        batch.tenant(t);
        return t;
    }

    private void list(Tenant tenant, String field) throws IOException, ImportRefused {
        String owner = "tenant \"" + tenant.name() + "\"";
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw refused("\"" + field + "\" of " + owner + " must be a list.");
        }
        int index = 0;
        Set<String> settings = new HashSet<>();  // a tenant's preferences are this one list (no field comes twice)
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            where = "item " + (++index) + " of \"" + field + "\" of " + owner;
            switch (field) {
                case PREFERENCES -> {
                    TenantPreference p = ExportJson.MAPPER.readValue(parser, TenantPreference.class);
                    owned(tenant, p.tenantId());
                    if (!settings.add(p.key())) {
                        throw refused(where + " sets \"" + p.key() + "\" again; a tenant has one row per setting.");
                    }
                    batch.preference(p);
                }
                case SCHEDULES -> {
                    MaintenanceSchedule s = ExportJson.MAPPER.readValue(parser, MaintenanceSchedule.class);
                    owned(tenant, s.tenantId());
                    unique(SCHEDULES, "id", s.id());
                    batch.schedule(s);
                }
                case DEPLOYMENTS -> {
                    Deployment d = ExportJson.MAPPER.readValue(parser, Deployment.class);
                    owned(tenant, d.ownerTenantId());
                    unique(DEPLOYMENTS, "id", d.id());
                    batch.deployment(d);
                }
                case PEOPLE -> {
                    Person p = ExportJson.MAPPER.readValue(parser, Person.class);
                    required("id", p.id(), "displayName", p.displayName(), "email", p.email(), "meta", p.meta());
                    owned(tenant, p.tenantId());
                    unique(PEOPLE, "id", p.id());
                    batch.person(p);
                }
                case COMPUTERS -> {
                    Computer c = ExportJson.MAPPER.readValue(parser, Computer.class);
                    required("id", c.id(), "name", c.name(), "serialNumber", c.serialNumber(), "deviceId", c.deviceId(),
                            "os", c.os(), "osVersion", c.osVersion(), "meta", c.meta());
                    owned(tenant, c.tenantId());
                    unique(COMPUTERS, "id", c.id());
                    unique(COMPUTERS, "deviceId", c.deviceId());
                    batch.computer(c);
                }
                default -> throw refused(owner + " has a field its format does not have: \"" + field + "\".");
            }
        }
    }

    /** Fields the record's constructor lets through as null but the database needs: name and value, in pairs. */
    private void required(Object... namesAndValues) throws ImportRefused {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw refused(where + " has no \"" + namesAndValues[i] + "\" (it is null).");
            }
        }
    }

    /** Refuses a field's value that an earlier record of the kind has. */
    private void unique(String kind, String field, Object value) throws ImportRefused {
        if (!taken.computeIfAbsent(kind + "." + field, k -> new HashSet<>()).add(value)) {
            throw refused(where + " has the \"" + field + "\" " + value + " of an earlier item of \"" + kind + "\"; no two may share it.");
        }
    }

    private void owned(Tenant tenant, UUID owner) throws ImportRefused {
        if (!tenant.id().equals(owner)) {
            throw refused(where + " belongs to tenant " + owner + ", not to the tenant it is listed under (" + tenant.id() + ").");
        }
    }

    private void checkTotals(RecordCounts read) throws IOException, ImportRefused {
        where = "the totals";
        parser.nextToken();
        JsonNode totals = ExportJson.MAPPER.readTree(parser);
        for (var kind : totals(read).entrySet()) {
            JsonNode stated = totals.get(kind.getKey());
            if (stated == null || !stated.canConvertToLong() || stated.asLong() != kind.getValue()) {
                throw refused("the totals say " + (stated == null ? "nothing of" : stated.asText()) + " " + kind.getKey()
                        + " but the export holds " + kind.getValue() + ": it was cut or changed.");
            }
        }
    }

    private ImportRefused refused(String message) {
        return new ImportRefused(Math.max(parser.currentLocation().getLineNr(), 0), message);
    }
}
