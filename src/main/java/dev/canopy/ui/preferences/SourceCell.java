package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.Effective;
import dev.canopy.ui.common.AppIcon;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;

/** Where a setting's value comes from, in words, with a lock when it is enforced. */
final class SourceCell extends TreeTableCell<TableEntry, TableEntry> {

    @Override
    protected void updateItem(TableEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("source-locked", "source-enforced-here", "value-default");
        setText(null);
        setGraphic(null);
        setTooltip(null);
        if (empty || !(entry instanceof PreferenceRow row)) {
            return;
        }
        setText(row.source());
        if (row.locked()) {
            getStyleClass().add("source-locked");
            setGraphic(AppIcon.LOCKED.view());
            setTooltip(new Tooltip(row.lockedWhy()));
        } else if (row.effective().source() == Effective.Source.ENFORCED_HERE) {
            getStyleClass().add("source-enforced-here");
            setGraphic(AppIcon.LOCKED.view());
            setTooltip(new Tooltip("Set and enforced on this tenant: the tenants below cannot override it."));
        } else if (row.effective().source() == Effective.Source.DEFAULT) {
            getStyleClass().add("value-default");
        }
    }
}
