package dev.canopy.imports;

import java.util.Map;

/** One record of an import file: the line it starts on and its values by column name (blank cells as ""). */
public record SourceRow(int line, Map<String, String> values) {

    public SourceRow {
        values = Map.copyOf(values);
    }

    /** The value of a column, stripped; "" when the column is missing or blank. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
