package dev.canopy.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import javafx.geometry.Rectangle2D;

/**
 * How the main window was left: where and how big, maximised or not, the tree/editor divider, the selected tenant
 * and the open tab. Kept beside the settings; width 0 means "never saved" (the window opens at its default size).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowState(double x, double y, double width, double height, boolean maximised, double divider,
                          String tenant, String tab) {

    public static WindowState none() {
        return new WindowState(0, 0, 0, 0, false, 0, null, null);
    }

    public boolean hasBounds() {
        return width > 0 && height > 0;
    }

    public Rectangle2D bounds() {
        return new Rectangle2D(x, y, width, height);
    }
}
