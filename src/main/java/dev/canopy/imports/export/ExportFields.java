package dev.canopy.imports.export;

import dev.canopy.store.RecordCounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** The export document's field names and its format marker (docs/export.md describes them). */
final class ExportFields {

    static final String FORMAT = "format";
    static final String MARKER = "canopy-export";
    static final String VERSION = "version";
    static final int CURRENT_VERSION = 1;
    static final String EXPORTED_AT = "exportedAt";
    static final String EXPORTED_BY = "exportedBy";
    static final String APPLICATION = "application";
    static final String SOURCE = "source";
    static final String TENANTS = "tenants";
    static final String TOTALS = "totals";

    /** An entry of tenants: the tenant first, then its records by kind. */
    static final String TENANT = "tenant";
    static final String PREFERENCES = "preferences";
    static final String SCHEDULES = "schedules";
    static final String DEPLOYMENTS = "deployments";
    static final String PEOPLE = "people";
    static final String COMPUTERS = "computers";
    /** In the totals only: inventory lines of all computers. */
    static final String SOFTWARE = "software";

    private ExportFields() {
    }

    /** The totals' fields with their counts, in the order they are written (the writer writes them, the reader checks them). */
    static Map<String, Long> totals(RecordCounts counts) {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(TENANTS, (long) counts.tenants());
        totals.put(PREFERENCES, (long) counts.preferences());
        totals.put(SCHEDULES, (long) counts.schedules());
        totals.put(DEPLOYMENTS, (long) counts.deployments());
        totals.put(PEOPLE, (long) counts.people());
        totals.put(COMPUTERS, (long) counts.computers());
        totals.put(SOFTWARE, counts.software());
        return totals;
    }
}
