package dev.canopy.imports.export;

import dev.canopy.store.RecordCounts;

/**
 * What a whole, readable export holds: its header as the file gives it (empty text where it has no such field) and
 * the count of its records by kind.
 *
 * @param version     the export's format version
 * @param exportedAt  when it was written, as the file writes it (ISO 8601 UTC)
 * @param exportedBy  who wrote it
 * @param application the Canopy that wrote it ("Canopy 0.1.0")
 * @param source      the data folder it was written from
 */
public record ExportContents(int version, String exportedAt, String exportedBy, String application, String source, RecordCounts counts) {

    /** "Canopy export (format version 1) written 2026-11-02T10:00:00Z by grace with Canopy 0.1.0, from /home/grace/…." */
    public String header() {
        StringBuilder line = new StringBuilder("Canopy export (format version ").append(version).append(")");
        append(line, " written ", exportedAt);
        append(line, " by ", exportedBy);
        append(line, " with ", application);
        append(line, ", from ", source);
        return line.append('.').toString();
    }

    private static void append(StringBuilder line, String words, String value) {
        if (!value.isBlank()) {
            line.append(words).append(value);
        }
    }
}
