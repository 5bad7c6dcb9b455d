package dev.canopy.ui;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's window carries Canopy's own mark (not Java's cup) at the sizes the desktop picks from. */
class WindowIconTest extends AppTestSupport {

    @Test
    void theMainWindowShowsCanopysIconAtEverySmallAndLargeSize() throws Exception {
        launch(store -> { });

        Stage stage = (Stage) Window.getWindows().get(0);
        // decoded off the FX thread and set a few frames after the window appears
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> stage.getIcons().size() == 6);
        List<Image> icons = stage.getIcons();
        assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(icons).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        // the mark itself, at 16 px: a light crown in the middle of a dark green tile
        Image small = icons.get(0);
        Color crown = small.getPixelReader().getColor(8, 6);
        Color tile = small.getPixelReader().getColor(1, 8);
        assertThat(crown.getBrightness()).isGreaterThan(0.8);
        assertThat(tile.getBrightness()).isLessThan(0.4);
        assertThat(tile.getGreen()).isGreaterThan(tile.getRed());
    }
}
