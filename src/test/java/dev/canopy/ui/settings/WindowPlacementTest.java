package dev.canopy.ui.settings;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 2560, 1400);

    @Test
    void aPlaceStillOnAScreenIsKept() {
        Rectangle2D onSecond = new Rectangle2D(2100, 100, 1200, 800);
        assertThat(WindowPlacement.place(onSecond, List.of(PRIMARY, RIGHT), PRIMARY)).isEqualTo(onSecond);
        Rectangle2D straddling = new Rectangle2D(1500, 50, 1000, 700);
        assertThat(WindowPlacement.place(straddling, List.of(PRIMARY), PRIMARY)).isEqualTo(straddling);
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneOpensCentredOnThePrimary() {
        Rectangle2D onSecond = new Rectangle2D(2100, 100, 1200, 800);
        assertThat(WindowPlacement.place(onSecond, List.of(PRIMARY), PRIMARY)).isEqualTo(new Rectangle2D(360, 120, 1200, 800));
    }

    @Test
    void aWindowWhoseTitleBarIsOffTheTopOrBiggerThanTheScreenIsBroughtBack() {
        Rectangle2D aboveTop = new Rectangle2D(100, -600, 1200, 500);
        assertThat(WindowPlacement.place(aboveTop, List.of(PRIMARY), PRIMARY).getMinY()).isGreaterThanOrEqualTo(0);
        Rectangle2D huge = new Rectangle2D(3000, 0, 2500, 1400);
        assertThat(WindowPlacement.place(huge, List.of(PRIMARY), PRIMARY)).isEqualTo(PRIMARY);
    }
}
