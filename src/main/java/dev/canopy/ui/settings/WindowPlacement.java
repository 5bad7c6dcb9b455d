package dev.canopy.ui.settings;

import javafx.geometry.Rectangle2D;

import java.util.List;

/**
 * Where a restored window goes: where it was, when that place is still on a screen; otherwise (the monitor it was on
 * is gone) its saved size, no larger than the primary screen, centred on the primary screen.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen for the saved place to count as visible. */
    static final double GRIP = 40;

    private WindowPlacement() {
    }

    public static Rectangle2D place(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D titleBar = new Rectangle2D(saved.getMinX(), saved.getMinY(), saved.getWidth(), Math.min(GRIP, saved.getHeight()));
        for (Rectangle2D screen : screens) {
            if (overlap(titleBar, screen) >= GRIP) {
                return saved;
            }
        }
        double width = Math.min(saved.getWidth(), primary.getWidth());
        double height = Math.min(saved.getHeight(), primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - width) / 2, primary.getMinY() + (primary.getHeight() - height) / 2,
                width, height);
    }

    /** The width of the part of a that lies on b (0 when the title bar does not reach into b at all). */
    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w : 0;
    }
}
