package dev.canopy.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An import file of either kind, read the same way: its columns (a CSV's header, or every dotted field any JSON
 * record has) and its rows, streamed. The preset it matches, if any.
 */
public final class ImportFile {

    private final CsvSource csv;
    private final JsonSource json;
    private final List<String> columns;

    private ImportFile(CsvSource csv, JsonSource json, List<String> columns) {
        this.csv = csv;
        this.json = json;
        this.columns = List.copyOf(columns);
    }

    public static ImportFile open(Path file) throws ImportRefused, IOException {
        if (FileSniffer.sniff(file).kind() == FileSniffer.Kind.CSV) {
            CsvSource csv = CsvSource.open(file);
            return new ImportFile(csv, null, csv.columns());
        }
        JsonSource json = JsonSource.open(file);
        Set<String> fields = new LinkedHashSet<>();
        json.read(row -> fields.addAll(row.values().keySet()));  // a first pass: JSON records need not all have every field
        return new ImportFile(null, json, List.copyOf(fields));
    }

    public List<String> columns() {
        return columns;
    }

    public boolean isJson() {
        return json != null;
    }

    /** Streams the rows; returns how many. */
    public int read(CsvSource.RowHandler handler) throws ImportRefused, IOException {
        if (csv != null) {
            return csv.read(handler);
        }
        int[] rows = {0};
        json.read(row -> {
            rows[0]++;
            handler.row(row);
        });
        return rows[0];
    }

    /** The shipped preset the file's columns match. */
    public Optional<ImportPreset> preset() {
        return ImportPreset.recognise(ImportPresets.standard(), columns);
    }
}
