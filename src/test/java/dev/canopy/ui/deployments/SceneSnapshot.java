package dev.canopy.ui.deployments;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;

/** A scene as an AWT image (javafx.embed.swing is not available), for a PNG a human looks at. */
final class SceneSnapshot {

    private SceneSnapshot() {
    }

    static BufferedImage of(Scene scene) throws Exception {
        WritableImage fx = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
