package dev.canopy.ui.common;

import dev.canopy.reports.WholeFile;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A node as a PNG file: the snapshot and its pixels are taken on the FX thread (quick, in memory), the encoding and
 * writing run as long work, to a part file moved into place when whole.
 */
public final class ImageExport {

    private ImageExport() {
    }

    public static void png(Node node, Path file, TaskExecutor tasks, Consumer<String> outcome) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        tasks.start(BackgroundTask.of("Exporting a picture", progress -> {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            out.setRGB(0, 0, width, height, argb, 0, width);
            return WholeFile.write(file, stream -> {
                if (!ImageIO.write(out, "png", stream)) {
                    throw new java.io.IOException("no PNG writer is available");
                }
            });
        }), written -> outcome.accept("Saved " + written.getFileName() + " (" + width + " × " + height + ")."),
                error -> outcome.accept("Could not save the picture: " + ErrorDialogs.messageFor(error)), () -> outcome.accept(""));
    }
}
