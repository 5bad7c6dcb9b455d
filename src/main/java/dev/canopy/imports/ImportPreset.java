package dev.canopy.imports;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A known export shape: its name, the source its ids belong to (the integration mapping's source, e.g. "ninjaone"),
 * the columns that identify it, and how its columns map.
 */
public record ImportPreset(String name, String source, Set<String> signature, ColumnMapping mapping) {

    public ImportPreset {
        signature = signature.stream().map(ImportPreset::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a file with these columns has every column of this preset's signature (ignoring case and spaces). */
    public boolean matches(Collection<String> columns) {
        Set<String> present = columns.stream().map(ImportPreset::key).collect(Collectors.toSet());
        return present.containsAll(signature);
    }

    /** The preset a file's columns match, the most specific when several do; empty for an unknown shape. */
    public static Optional<ImportPreset> recognise(List<ImportPreset> presets, Collection<String> columns) {
        ImportPreset best = null;
        for (ImportPreset preset : presets) {
            if (preset.matches(columns) && (best == null || preset.signature().size() > best.signature().size())) {
                best = preset;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }
}
