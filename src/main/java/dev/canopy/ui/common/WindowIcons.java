package dev.canopy.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.List;

/**
 * Canopy's own mark (icons/canopy.svg, rendered by icons/build.sh) as a window's icon: the title bar, task bar and
 * Alt+Tab. Several sizes, so each place picks a sharp one instead of scaling one picture.
 */
public final class WindowIcons {

    /** The sizes icons/build.sh copies into the resources. */
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    /**
     * Gives the stage Canopy's icon; dialogs owned by it show the same. The pictures are decoded on another thread and
     * set on the FX thread when ready (a few frames after the window appears): decoding six PNGs before the first frame
     * cost it about a twentieth of a second.
     */
    public static void apply(Stage stage) {
        java.util.concurrent.CompletableFuture.supplyAsync(WindowIcons::images).whenComplete((icons, error) -> {
            if (error != null) {
                org.slf4j.LoggerFactory.getLogger(WindowIcons.class).error("The window's icon could not be read", error);
            } else {
                javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
            }
        });
    }

    static List<Image> images() {
        return SIZES.stream().map(WindowIcons::load).toList();
    }

    private static Image load(int size) {
        String name = "/dev/canopy/ui/icons/canopy-" + size + ".png";
        try (InputStream in = WindowIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the app icon " + name + " is missing from the build (run icons/build.sh)");
            }
            return new Image(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
