package dev.canopy.ui.settings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SystemThemeTest {

    private static SystemTheme answering(String os, Map<String, String> outputs) {
        return new SystemTheme(os, command -> Optional.ofNullable(outputs.get(String.join(" ", command))));
    }

    @Test
    void gnomeColourSchemeOrADarkGtkThemeMeansDark() {
        assertThat(answering("Linux", Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'prefer-dark'\n")).prefersDark()).isTrue();
        assertThat(answering("Linux", Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita-dark'\n")).prefersDark()).isTrue();
        assertThat(answering("Linux", Map.of("gsettings get org.gnome.desktop.interface color-scheme", "'default'\n",
                "gsettings get org.gnome.desktop.interface gtk-theme", "'Adwaita'\n")).prefersDark()).isFalse();
    }

    @Test
    void withoutAnAnswerItIsLight() {
        assertThat(answering("Linux", Map.of()).prefersDark()).isFalse();
        assertThat(answering("Windows 11", Map.of()).prefersDark()).isFalse();
        assertThat(new SystemTheme("Linux", command -> SystemTheme.output(List.of("canopy-no-such-command"))).prefersDark()).isFalse();
    }

    @Test
    void windowsAndMacAnswersAreRead() {
        assertThat(answering("Windows 11", Map.of("reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme",
                "    AppsUseLightTheme    REG_DWORD    0x0\n")).prefersDark()).isTrue();
        assertThat(answering("Mac OS X", Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).prefersDark()).isTrue();
    }
}
