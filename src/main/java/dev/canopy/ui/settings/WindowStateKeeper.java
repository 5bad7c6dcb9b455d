package dev.canopy.ui.settings;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.event.EventHandler;
import javafx.stage.WindowEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tab;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.UUID;

/**
 * Puts the main window back as it was left (size, place, maximised, divider, tenant, tab) and reads that state again
 * when it closes. It follows the window's normal (not maximised) bounds, so un-maximising after a restart returns to them.
 */
public final class WindowStateKeeper {

    private final Stage stage;
    private final SplitPane workArea;
    private final TabPane tabs;
    private final ObjectProperty<UUID> selectedTenant;
    private final InvalidationListener onBounds;
    private final InvalidationListener onTabs = obs -> selectSavedTab();
    private Rectangle2D normal;
    /** The saved tab, until the editor tabs (made once the store is open) hold it. */
    private String savedTab;

    /** The main window's stage, its tree/editor split, its editor tabs and its selected tenant. */
    public WindowStateKeeper(Stage stage, SplitPane workArea, TabPane tabs, ObjectProperty<UUID> selectedTenant) {
        this.stage = stage;
        this.workArea = workArea;
        this.tabs = tabs;
        this.selectedTenant = selectedTenant;
        this.onBounds = obs -> {
            if (!stage.isMaximized() && stage.getWidth() > 0 && !Double.isNaN(stage.getX())) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
    }

    /** Before the window shows and the store opens (so the saved tenant is the one selected when the tree arrives). */
    public void restore(WindowState saved) {
        if (saved.hasBounds()) {
            Rectangle2D place = WindowPlacement.place(saved.bounds(),
                    Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), Screen.getPrimary().getVisualBounds());
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setWidth(place.getWidth());
            stage.setHeight(place.getHeight());
            normal = place;
        } else {
            // nothing saved (a first start): the scene's own size, centred, whatever size the stage had before
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        stage.setMaximized(saved.maximised());
        if (saved.divider() > 0.05 && saved.divider() < 0.95) {
            // a divider set before the first layout is moved by it: set it once the window has its size
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent shown) {
                    stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    Platform.runLater(() -> workArea.setDividerPositions(saved.divider()));
                }
            });
        }
        if (saved.tenant() != null) {
            try {
                selectedTenant.set(UUID.fromString(saved.tenant()));
            } catch (IllegalArgumentException garbled) {
                // a hand-edited id: the tree selects its root as usual
            }
        }
        if (saved.tab() != null) {
            savedTab = saved.tab();
            tabs.getTabs().addListener(onTabs);
            selectSavedTab();
        }
        stage.xProperty().addListener(onBounds);
        stage.yProperty().addListener(onBounds);
        stage.widthProperty().addListener(onBounds);
        stage.heightProperty().addListener(onBounds);
    }

    private void selectSavedTab() {
        tabs.getTabs().stream().filter(t -> savedTab.equals(t.getId())).findFirst().ifPresent(t -> {
            tabs.getSelectionModel().select(t);
            tabs.getTabs().removeListener(onTabs);
            savedTab = null;
        });
    }

    /** The state to save as the window closes. */
    public WindowState capture() {
        Rectangle2D bounds = normal != null ? normal : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        double[] dividers = workArea.getDividerPositions();
        UUID tenant = selectedTenant.get();
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return new WindowState(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(), stage.isMaximized(),
                dividers.length > 0 ? dividers[0] : 0, tenant == null ? null : tenant.toString(), tab == null ? savedTab : tab.getId());
    }

    public void dispose() {
        tabs.getTabs().removeListener(onTabs);
        stage.xProperty().removeListener(onBounds);
        stage.yProperty().removeListener(onBounds);
        stage.widthProperty().removeListener(onBounds);
        stage.heightProperty().removeListener(onBounds);
    }
}
