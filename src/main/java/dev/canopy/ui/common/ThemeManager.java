package dev.canopy.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/** AtlantaFX as the user-agent stylesheet, plus Canopy's own sheet (which also maps ControlsFX's Modena colours). */
public final class ThemeManager {

    private ThemeManager() {
    }

    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(ThemeManager.class.getResource("/dev/canopy/ui/canopy.css")).toExternalForm());
    }
}
