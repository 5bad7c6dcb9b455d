package dev.canopy.ui;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scene as a PNG for a human to look at (javafx.embed.swing is not available). */
public final class SceneSnapshot {

    private SceneSnapshot() {
    }

    public static BufferedImage of(Scene scene) throws Exception {
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

    public static void save(Scene scene, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(of(scene), "png", file.toFile());
    }

    /** Writes target/snapshots/NAME.png when the run asks for it (-Dcanopy.snapshots=true); tests stay quiet otherwise. */
    public static void saveIfAsked(Scene scene, String name) throws Exception {
        if (Boolean.getBoolean("canopy.snapshots")) {
            save(scene, Path.of("target", "snapshots", name + ".png"));
        }
    }
}
