package dev.canopy.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The look the settings ask for, on every window: the AtlantaFX theme as the user-agent stylesheet (which every
 * open window follows at once), and the font size and row density on each scene's root, also on windows opened later.
 */
public final class AppLook {

    static final String COMPACT = "compact-rows";
    private static final String SHEET = Objects.requireNonNull(AppLook.class.getResource("/dev/canopy/ui/settings/look.css")).toExternalForm();

    private final BooleanSupplier systemPrefersDark;
    private Settings current = Settings.defaults();
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::style);
        }
    };
    private boolean following;

    public AppLook(BooleanSupplier systemPrefersDark) {
        this.systemPrefersDark = systemPrefersDark;
    }

    /** On the FX thread: applies the settings now and to every window opened from now on. */
    public void apply(Settings settings) {
        current = settings;
        Application.setUserAgentStylesheet(dark(settings.theme()) ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        if (!following) {
            Window.getWindows().addListener(onWindows);
            following = true;
        }
        Window.getWindows().forEach(this::style);
    }

    /** Stops styling windows opened later (the app is closing). */
    public void dispose() {
        Window.getWindows().removeListener(onWindows);
        following = false;
    }

    public boolean dark(Settings.Theme theme) {
        return theme == Settings.Theme.DARK || theme == Settings.Theme.SYSTEM && systemPrefersDark.getAsBoolean();
    }

    private void style(Window window) {
        if (window.getScene() != null) {
            style(window.getScene(), current);
        }
    }

    /** The font size and density of one scene (a window's root carries them, its children inherit). */
    static void style(Scene scene, Settings settings) {
        if (!scene.getStylesheets().contains(SHEET)) {
            scene.getStylesheets().add(SHEET);
        }
        var root = scene.getRoot();
        root.setStyle("-fx-font-size: " + settings.fontSize() + "px;");
        root.getStyleClass().remove(COMPACT);
        if (settings.density() == Settings.Density.COMPACT) {
            root.getStyleClass().add(COMPACT);
        }
    }
}
