package dev.canopy.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * An editor tab whose content, and the view model behind it, is built the first time the tab is
 * shown: start-up then styles, lays out and loads one editor instead of every one of them.
 */
public abstract class LazyTab extends Tab {

    private final InvalidationListener onFirstShow = o -> buildIfShown();
    private boolean built;

    protected LazyTab(String text, String id, AppIcon icon) {
        super(text);
        setId(id);
        setGraphic(icon.view());
        selectedProperty().addListener(onFirstShow);
    }

    private void buildIfShown() {
        if (isSelected()) {
            buildOnce();
        }
    }

    /** Selects the tab (building it the first time); built even when it is in no tab pane (a view mounted alone). */
    protected final void bringForward() {
        if (getTabPane() != null) {
            getTabPane().getSelectionModel().select(this);
        }
        buildOnce();
    }

    private void buildOnce() {
        if (!built) {
            built = true;
            selectedProperty().removeListener(onFirstShow);
            setContent(build());
        }
    }

    /** Builds the content and its view model; called once, when the tab is first shown. */
    protected abstract Node build();

    /** Removes what {@link #build()} added to longer-lived models. */
    protected abstract void release();

    /** Removes this tab's listeners from the models, if it was ever shown. */
    public final void dispose() {
        selectedProperty().removeListener(onFirstShow);
        if (built) {
            release();
        }
    }
}
