package dev.canopy.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The column order and widths of the app's tables as the technician left them, by table id and column id (kept in
 * columns.json beside the window state, see ui.settings.SettingsFiles). Tables register through
 * {@link TableLayoutKeeper}; a table never built this session keeps its saved layout for the next one. Used on the FX
 * thread only.
 */
public final class ColumnLayouts {

    /** One column as saved: its id (see {@link TableLayoutKeeper#key}) and width in pixels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String id, double width) {
    }

    /** The saved form: for each table id, its columns left to right. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Saved(Map<String, List<Column>> tables) {

        public static Saved none() {
            return new Saved(Map.of());
        }

        /** Without what a hand edit may leave: a table without columns, a column without an id or a usable width. */
        public Saved normalised() {
            Map<String, List<Column>> kept = new LinkedHashMap<>();
            if (tables != null) {
                tables.forEach((table, columns) -> {
                    List<Column> usable = columns == null ? List.of() : columns.stream().filter(Objects::nonNull)
                            .filter(c -> c.id() != null && !c.id().isBlank() && c.width() > 0 && Double.isFinite(c.width()))
                            .toList();
                    if (table != null && !usable.isEmpty()) {
                        kept.put(table, usable);
                    }
                });
            }
            return new Saved(kept);
        }
    }

    private static ColumnLayouts shared = new ColumnLayouts(Saved.none());

    private final Map<String, List<Column>> tables = new LinkedHashMap<>();

    public ColumnLayouts(Saved saved) {
        tables.putAll(saved.normalised().tables());
    }

    /** The layouts the running app's tables follow (empty until the app hands over the saved ones). */
    public static ColumnLayouts shared() {
        return shared;
    }

    /** The app sets this once at start, before any table is shown. */
    public static void useShared(ColumnLayouts layouts) {
        shared = Objects.requireNonNull(layouts);
    }

    /** The saved columns of this table, left to right; empty when it was never saved. */
    public List<Column> saved(String table) {
        return tables.getOrDefault(table, List.of());
    }

    void remember(String table, List<Column> columns) {
        tables.put(table, List.copyOf(columns));
    }

    /** What to write: every table's layout, those shown this session as they are now. */
    public Saved snapshot() {
        return new Saved(Collections.unmodifiableMap(new LinkedHashMap<>(tables)));
    }

    /**
     * The columns in the saved order. A saved id no column has (a column an older or newer Canopy had) is skipped; a
     * column the saved layout does not name (new in this version) keeps its default position as far as it can.
     */
    public static <C> List<C> arranged(List<C> current, Function<C, String> key, List<Column> saved) {
        Map<String, C> byKey = new LinkedHashMap<>();
        for (C column : current) {
            byKey.putIfAbsent(key.apply(column), column);
        }
        List<C> result = new ArrayList<>(current.size());
        Set<C> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Column column : saved) {
            C found = byKey.remove(column.id());
            if (found != null) {
                result.add(found);
                placed.add(found);
            }
        }
        for (int i = 0; i < current.size(); i++) {
            C column = current.get(i);
            if (!placed.contains(column)) {
                result.add(Math.min(i, result.size()), column);
            }
        }
        return result;
    }
}
