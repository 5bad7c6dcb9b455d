package dev.canopy.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of a file holds each {@link ImportField}: what the technician sets in the mapping step (or a preset
 * gives), saved per source and reused. Column names match ignoring case and surrounding spaces, as exports differ in both.
 */
public record ColumnMapping(Map<ImportField, String> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** The file's column a field is mapped to, spelled as the file spells it; empty when unmapped or absent. */
    public Optional<String> columnIn(ImportField field, Collection<String> fileColumns) {
        String wanted = columns.get(field);
        if (wanted == null) {
            return Optional.empty();
        }
        String key = wanted.strip().toLowerCase(Locale.ROOT);
        return fileColumns.stream().filter(c -> c.strip().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** The value of a field in a row ("" when unmapped or blank). */
    public String value(SourceRow row, ImportField field) {
        String wanted = columns.get(field);
        if (wanted != null && row.values().containsKey(wanted)) {
            return row.get(wanted);  // spelled as the file spells it, as a preset or the mapping step names it: no search per row
        }
        return columnIn(field, row.values().keySet()).map(row::get).orElse("");
    }

    /** Whether a person's name or e-mail is mapped: a file of only people then needs no computer column. */
    public boolean mapsPeople() {
        return columns.containsKey(ImportField.PERSON_NAME) || columns.containsKey(ImportField.PERSON_EMAIL);
    }

    /**
     * Refuses a mapping that misses a required field (a computer's name only when no person is mapped) or names a column the file does not have, listing the file's
     * columns so the technician can fix it.
     */
    public void check(Collection<String> fileColumns) throws ImportRefused {
        List<String> problems = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field) && !(field == ImportField.COMPUTER_NAME && mapsPeople())) {
                problems.add(field.label() + " is not mapped to a column");
            } else if (columns.containsKey(field) && columnIn(field, fileColumns).isEmpty()) {
                problems.add(field.label() + " is mapped to \"" + columns.get(field) + "\", which the file does not have");
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(1, String.join("; ", problems) + ". The file's columns: "
                    + fileColumns.stream().collect(Collectors.joining(", ")) + ".");
        }
    }
}
