package dev.canopy.ui.preferences;

import atlantafx.base.theme.Styles;
import dev.canopy.domain.preference.Effective;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.util.Duration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The catalogue as a table: a heading per area, one line per setting with its effective value,
 * where that comes from (a lock when an ancestor enforces it) and what this tenant says itself.
 */
final class PreferenceTable extends TreeTableView<TableEntry> {

    private final Set<String> collapsedAreas = new HashSet<>();
    private boolean filling;
    private final dev.canopy.ui.common.TableLayoutKeeper columnLayout;

    PreferenceTable(Consumer<String> onSelectKey) {
        setId("preferenceTable");
        getStyleClass().addAll("preference-table", Styles.DENSE);
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setPlaceholder(new Label("Select a tenant to see its preferences."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        getColumns().addAll(List.of(
                column("Setting", 285, SettingCell::new),
                column("Value", 150, ValueCell::new),
                column("Comes from", 180, col -> new SourceCell()),
                column("Mode", 115, ModeCell::new)));
        columnLayout = dev.canopy.ui.common.TableLayoutKeeper.keep(this);
        setRowFactory(table -> new TreeTableRow<>() {
            @Override
            protected void updateItem(TableEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().remove("preference-area");
                if (!empty && entry instanceof TableEntry.AreaHeading) {
                    getStyleClass().add("preference-area");
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!filling) {
                onSelectKey.accept(item != null && item.getValue() instanceof PreferenceRow row ? row.key() : null);
            }
        });
    }

    /** When the tab closes. */
    void disposeColumnLayout() {
        columnLayout.dispose();
    }

    /** Shows a tenant's settings, keeping the selected setting and the areas the technician folded. */
    void fill(TenantPreferences preferences, String selectedKey) {
        filling = true;
        try {
            TreeItem<TableEntry> root = new TreeItem<>();
            TreeItem<TableEntry> reselect = null;
            for (var area : preferences.byArea().entrySet()) {
                TreeItem<TableEntry> heading = new TreeItem<>(new TableEntry.AreaHeading(area.getKey(), area.getValue().size()));
                heading.setExpanded(!collapsedAreas.contains(area.getKey()));
                heading.expandedProperty().addListener((obs, old, open) -> {
                    if (open) {
                        collapsedAreas.remove(area.getKey());
                    } else {
                        collapsedAreas.add(area.getKey());
                    }
                });
                for (PreferenceRow row : area.getValue()) {
                    TreeItem<TableEntry> item = new TreeItem<>(row);
                    heading.getChildren().add(item);
                    if (row.key().equals(selectedKey)) {
                        reselect = item;
                    }
                }
                root.getChildren().add(heading);
            }
            setRoot(root);
            if (reselect != null) {
                reselect.getParent().setExpanded(true);
                getSelectionModel().select(reselect);
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            filling = false;
        }
    }

    /** The line of a setting, or -1. */
    int indexOf(String key) {
        for (int i = 0; i < getExpandedItemCount(); i++) {
            TreeItem<TableEntry> item = getTreeItem(i);
            if (item != null && item.getValue() instanceof PreferenceRow row && row.key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static TreeTableColumn<TableEntry, TableEntry> column(String title, double width,
                                                                  Function<TreeTableColumn<TableEntry, TableEntry>, TreeTableCell<TableEntry, TableEntry>> cells) {
        TreeTableColumn<TableEntry, TableEntry> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        column.setCellFactory(cells::apply);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** A cell that shows a setting's text; area headings show only in the first column. */
    private abstract static class EntryCell extends TreeTableCell<TableEntry, TableEntry> {

        @Override
        protected void updateItem(TableEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("value-default", "value-own");
            setTooltip(null);
            setGraphic(null);
            setText(null);
            if (!empty && entry != null) {
                show(entry);
            }
        }

        abstract void show(TableEntry entry);
    }

    /** The setting's label, its description on hover; the area's name on a heading. */
    private static final class SettingCell extends EntryCell {

        SettingCell(TreeTableColumn<TableEntry, TableEntry> column) {
        }

        @Override
        void show(TableEntry entry) {
            if (entry instanceof TableEntry.AreaHeading area) {
                setText(area.area());
            } else if (entry instanceof PreferenceRow row) {
                setText(row.definition().label());
                Tooltip tip = new Tooltip(row.definition().description());
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                tip.setShowDelay(Duration.millis(400));
                setTooltip(tip);
            }
        }
    }

    /** The effective value: bold when this tenant sets it, muted when it is the default. */
    private static final class ValueCell extends EntryCell {

        ValueCell(TreeTableColumn<TableEntry, TableEntry> column) {
        }

        @Override
        void show(TableEntry entry) {
            if (entry instanceof PreferenceRow row) {
                setText(row.shownValue());
                Effective.Source source = row.effective().source();
                if (source == Effective.Source.DEFAULT) {
                    getStyleClass().add("value-default");
                } else if (source == Effective.Source.THIS_TENANT || source == Effective.Source.ENFORCED_HERE) {
                    getStyleClass().add("value-own");
                }
                setTooltip(new Tooltip(row.shownValue()));
            }
        }
    }

    /** What this tenant itself says: inherit, override or enforce. */
    private static final class ModeCell extends EntryCell {

        ModeCell(TreeTableColumn<TableEntry, TableEntry> column) {
        }

        @Override
        void show(TableEntry entry) {
            if (entry instanceof PreferenceRow row) {
                setText(row.modeText());
                if (row.ownMode() == dev.canopy.domain.preference.PreferenceMode.INHERIT) {
                    getStyleClass().add("value-default");
                }
            }
        }
    }
}
