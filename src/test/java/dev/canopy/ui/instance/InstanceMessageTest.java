package dev.canopy.ui.instance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one line a second start sends: what is read back, and every other line refused with the reason. */
class InstanceMessageTest {

    private static final String SECRET = "6f1c0a9e";
    private static final Path FILE = Path.of("/home/grace/Downloads/northwind 2026.canopy").toAbsolutePath();

    @Test
    void showAndOpenReadBackAsSent() {
        assertThat(InstanceMessage.parse(InstanceMessage.show().line(SECRET), SECRET)).isEqualTo(InstanceMessage.show());
        InstanceMessage open = InstanceMessage.parse(InstanceMessage.open(FILE).line(SECRET), SECRET);
        assertThat(open.kind()).isEqualTo(InstanceMessage.Kind.OPEN);
        assertThat(open.file()).isEqualTo(FILE);  // spaces in the name kept
    }

    @Test
    void aMessageWithoutTheSecretIsRefused() {
        assertThatThrownBy(() -> InstanceMessage.parse("SHOW", SECRET)).hasMessageContaining("secret");
        assertThatThrownBy(() -> InstanceMessage.parse("6f1c0a9f SHOW", SECRET)).hasMessageContaining("secret");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + "0 SHOW", SECRET)).hasMessageContaining("secret");
        assertThatThrownBy(() -> InstanceMessage.parse("", SECRET)).hasMessageContaining("empty");
        assertThatThrownBy(() -> InstanceMessage.parse(null, SECRET)).hasMessageContaining("empty");
    }

    @Test
    void onlyShowAndOpenAreAnswered() {
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " RUN rm -rf /", SECRET))
                .hasMessage("an unknown request \"RUN\" (only SHOW and OPEN are answered)");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " show", SECRET)).hasMessageContaining("unknown request \"show\"");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " SHOW now", SECRET)).hasMessageContaining("unknown request");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET, SECRET)).hasMessageContaining("unknown request \"\"");
    }

    @Test
    void openTakesOnlyAnAbsolutePlainFileName() {
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " OPEN ", SECRET)).hasMessage("OPEN without a file");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " OPEN northwind.canopy", SECRET))
                .hasMessage("\"northwind.canopy\" is not an absolute path");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " OPEN " + FILE + "\u0007", SECRET))
                .hasMessage("a file name with control characters");
        assertThatThrownBy(() -> InstanceMessage.parse(SECRET + " OPEN /" + "a".repeat(InstanceMessage.MAX_LINE), SECRET))
                .hasMessageContaining("longer than");
    }
}
