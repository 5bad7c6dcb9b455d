package dev.canopy.ui.tree;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

import java.util.function.Supplier;

/**
 * A tree row's arrow (open or closed), drawn: the skin's own arrow is two styled nodes that it restyles whenever the
 * row shows another tenant, a fifth of a search keystroke's frame. Drawn as the theme's arrow is (a 5 by 10 triangle,
 * the theme's disclosure colour from {@link TenantRow}); the tree's click on it opens and closes the branch as before.
 */
final class TenantDisclosure extends Canvas {

    private static final double WIDTH = 19;
    private final Supplier<Paint> fill;
    private boolean open;

    TenantDisclosure(double height, Supplier<Paint> fill) {
        super(WIDTH, height);
        this.fill = fill;
    }

    void show(boolean open) {
        this.open = open;
        paint();
    }

    boolean open() {
        return open;
    }

    void paint() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(fill.get());
        double x = Math.round(w / 2);
        double y = Math.round(h / 2);
        if (open) {
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {y - 2.5, y - 2.5, y + 2.5}, 3);
        } else {
            g.fillPolygon(new double[] {x - 2.5, x + 2.5, x - 2.5}, new double[] {y - 5, y, y + 5}, 3);
        }
    }
}
