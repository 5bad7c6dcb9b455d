package dev.canopy.ui.common;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonProvider;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Each of the app's icons names an icon of the pack, by its description, with that icon's code point. */
class AppIconTest {

    @Test
    void everyIconIsThePacksIconOfThatName() {
        for (AppIcon icon : AppIcon.values()) {
            IkonHandler handler = ServiceLoader.load(IkonHandler.class).stream().map(ServiceLoader.Provider::get)
                    .filter(h -> h.supports(icon.ikon().getDescription())).findFirst()
                    .orElseThrow(() -> new AssertionError("no icon pack has " + icon.ikon().getDescription()));
            Ikon packs = handler.resolve(icon.ikon().getDescription());
            assertThat(icon.ikon().getCode()).as(icon + " (" + icon.ikon().getDescription() + ")").isEqualTo(packs.getCode());
        }
        assertThat(ServiceLoader.load(IkonProvider.class).stream().count()).as("the pack is on the class path").isPositive();
    }
}
