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

    /** Gives the stage Canopy's icon; dialogs owned by it show the same. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
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
