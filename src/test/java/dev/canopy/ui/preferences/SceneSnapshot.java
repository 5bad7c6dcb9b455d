package dev.canopy.ui.preferences;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Saves the window as a PNG for a human to look at (javafx.embed.swing is not available). */
final class SceneSnapshot {

    private SceneSnapshot() {
    }

    static void save(Scene scene, Path file) throws Exception {
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
        ImageIO.write(out, "png", file.toFile());
    }
}
