package dev.canopy.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * For component tests that open windows of their own: closes every window after each test, so a
 * leftover one never takes the next test's focus or keystrokes.
 */
public final class ClosesWindows implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.cleanupStages();
    }
}
