package dev.canopy.ui.imports;

import dev.canopy.imports.ImportFile;
import dev.canopy.imports.ImportPreset;
import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.SavedMappings;
import dev.canopy.imports.SourceRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An import file as the mapping step sees it: the file read, its first rows (to show what a chosen column holds and
 * how its dates are written), the preset its columns match, and the mapping saved for that preset's source if the
 * technician saved one. Read in the background: a JSON file is read whole to learn its fields.
 */
public record ImportSource(Path path, ImportFile file, List<SourceRow> firstRows, Optional<ImportPreset> preset,
                           Optional<SavedMappings.Saved> savedForPreset) {

    /** How many rows are read for samples and for telling a date column's order. */
    static final int FIRST_ROWS = 200;

    public ImportSource {
        firstRows = List.copyOf(firstRows);
    }

    public static ImportSource read(Path path, SavedMappings saved) throws ImportRefused, IOException {
        ImportFile file = ImportFile.open(path);
        List<SourceRow> rows = new ArrayList<>();
        try {
            file.read(row -> {
                rows.add(row);
                if (rows.size() == FIRST_ROWS) {
                    throw new EnoughRows();
                }
            });
        } catch (EnoughRows enough) {
            // the rest is read by the dry run
        }
        Optional<ImportPreset> preset = file.preset();
        Optional<SavedMappings.Saved> savedMapping = preset.isPresent() ? saved.find(preset.get().source()) : Optional.empty();
        return new ImportSource(path, file, rows, preset, savedMapping);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** "psa.csv: a CSV file with 7 columns". */
    public String description() {
        int columns = file.columns().size();
        return fileName() + ": a " + (file.isJson() ? "JSON file with " + columns + (columns == 1 ? " field" : " fields")
                : "CSV file with " + columns + (columns == 1 ? " column" : " columns"));
    }

    /** Stops reading once the first rows are in. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }
}
