package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Where the main window opens: a 1366×768 laptop at 125 % has a work area of about 1093×614
 * logical pixels, and the window must fit it (it opened at 1280×800, and a window manager then
 * shrank it to its 720×480 minimum); a window left on a monitor that is gone opens on a screen.
 */
class WindowPlacementTest {

    @Test
    void onASmallLaptopTheWindowFillsTheWorkAreaAndOnALargeScreenItIs1280By800Centred() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1093, 614);
        assertEquals(laptop, WindowPlacement.defaultBounds(laptop));
        Rectangle2D fullHd = new Rectangle2D(0, 0, 1920, 1040);
        assertEquals(new Rectangle2D(320, 120, 1280, 800), WindowPlacement.defaultBounds(fullHd));
        // a taskbar on the left moves the work area
        Rectangle2D shifted = new Rectangle2D(48, 0, 1318, 768);
        Rectangle2D placed = WindowPlacement.defaultBounds(shifted);
        assertTrue(shifted.contains(placed), placed + " inside " + shifted);
    }

    @Test
    void savedBoundsComeBackOnlyWhereTheTitleBarIsOnAScreen() {
        List<Rectangle2D> one = List.of(new Rectangle2D(0, 0, 1366, 728));
        Rectangle2D left = new Rectangle2D(100, 60, 1000, 600);
        assertEquals(Optional.of(left), WindowPlacement.restorable(left, one));
        // left on a second monitor that is unplugged now
        assertEquals(Optional.empty(), WindowPlacement.restorable(new Rectangle2D(1500, 100, 1000, 600), one));
        // above the screen: no title bar to grab
        assertEquals(Optional.empty(), WindowPlacement.restorable(new Rectangle2D(100, -700, 1000, 600), one));
        // saved on a larger screen: made to fit this one
        assertEquals(Optional.of(new Rectangle2D(0, 0, 1366, 728)),
                WindowPlacement.restorable(new Rectangle2D(200, 20, 1900, 1000), one));
        // with two monitors, on the second
        List<Rectangle2D> two = List.of(one.get(0), new Rectangle2D(1366, 0, 1920, 1040));
        Rectangle2D second = new Rectangle2D(1500, 100, 1000, 600);
        assertEquals(Optional.of(second), WindowPlacement.restorable(second, two));
    }
}
