package dev.canopy.ui.common;

import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one table's column order and widths in {@link ColumnLayouts}: puts the saved layout back when the table is
 * first shown (its skin is made, so a table built before the saved layouts were read still gets them) and records the
 * layout whenever a column is moved or resized. The table's own id names it; only its top-level columns are kept.
 */
public final class TableLayoutKeeper {

    private final String table;
    private final Control control;
    private final ObservableList<? extends TableColumnBase<?, ?>> columns;
    private final ColumnLayouts layouts;
    private final InvalidationListener onFirstShow = o -> applyOnce();
    private final InvalidationListener onWidth = o -> record();
    private final InvalidationListener onColumns = o -> {
        watchWidths();
        record();
    };
    private final List<TableColumnBase<?, ?>> watched = new ArrayList<>();
    private boolean applied;

    private TableLayoutKeeper(Control control, ObservableList<? extends TableColumnBase<?, ?>> columns, ColumnLayouts layouts) {
        this.table = Objects.requireNonNull(control.getId(), "a table whose columns are kept needs an id");
        this.control = control;
        this.columns = columns;
        this.layouts = layouts;
        if (control.getSkin() != null) {
            applyOnce();
        } else {
            control.skinProperty().addListener(onFirstShow);
        }
    }

    /** Call once the table has its id and columns. */
    public static TableLayoutKeeper keep(TableView<?> table) {
        return new TableLayoutKeeper(table, table.getColumns(), ColumnLayouts.shared());
    }

    public static TableLayoutKeeper keep(TreeTableView<?> table) {
        return new TableLayoutKeeper(table, table.getColumns(), ColumnLayouts.shared());
    }

    /** A column's id in the saved layout: its own id where it has one, else its header text. */
    public static String key(TableColumnBase<?, ?> column) {
        return column.getId() != null ? column.getId() : column.getText();
    }

    private void applyOnce() {
        if (applied) {
            return;
        }
        applied = true;
        control.skinProperty().removeListener(onFirstShow);
        restore(columns);
        columns.addListener(onColumns);
        watchWidths();
        record();
    }

    private <C extends TableColumnBase<?, ?>> void restore(ObservableList<C> current) {
        List<ColumnLayouts.Column> saved = layouts.saved(table);
        if (saved.isEmpty()) {
            return;
        }
        Map<String, Double> widths = new LinkedHashMap<>();
        saved.forEach(c -> widths.putIfAbsent(c.id(), c.width()));
        for (C column : current) {
            Double width = widths.get(key(column));
            if (width != null && column.isResizable()) {
                column.setPrefWidth(Math.max(column.getMinWidth(), Math.min(column.getMaxWidth(), width)));
            }
        }
        List<C> order = ColumnLayouts.arranged(List.copyOf(current), TableLayoutKeeper::key, saved);
        if (!order.equals(current)) {
            current.setAll(order);
        }
    }

    private void watchWidths() {
        watched.forEach(c -> c.widthProperty().removeListener(onWidth));
        watched.clear();
        for (TableColumnBase<?, ?> column : columns) {
            column.widthProperty().addListener(onWidth);
            watched.add(column);
        }
    }

    private void record() {
        layouts.remember(table, columns.stream().map(c -> new ColumnLayouts.Column(key(c), c.getWidth())).toList());
    }

    /** Removes this keeper's listeners from the table and its columns. */
    public void dispose() {
        control.skinProperty().removeListener(onFirstShow);
        columns.removeListener(onColumns);
        watched.forEach(c -> c.widthProperty().removeListener(onWidth));
        watched.clear();
    }
}
