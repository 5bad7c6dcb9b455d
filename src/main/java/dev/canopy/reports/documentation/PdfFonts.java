package dev.canopy.reports.documentation;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The PDF's type: DejaVu Sans (bundled, embedded as a subset) in the sizes and greys the document uses. */
record PdfFonts(BaseFont regular, BaseFont bold) {

    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    static final Color ACCENT = new Color(0x09, 0x69, 0xda);
    static final Color RULE = new Color(0xd1, 0xd9, 0xe0);
    static final Color HEADER_BACKGROUND = new Color(0xf1, 0xf4, 0xf7);

    private static volatile PdfFonts loaded;

    /** Read once per run of the app: the font files are large and never change. */
    static PdfFonts load() {
        PdfFonts fonts = loaded;
        if (fonts == null) {
            fonts = new PdfFonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
            loaded = fonts;
        }
        return fonts;
    }

    Font title() {
        return font(bold, 22, TEXT);
    }

    Font chapter() {
        return font(bold, 17, TEXT);
    }

    Font heading() {
        return font(bold, 11.5f, ACCENT);
    }

    Font body() {
        return font(regular, 9.5f, TEXT);
    }

    Font muted() {
        return font(regular, 8.5f, MUTED);
    }

    Font table() {
        return font(regular, 8, TEXT);
    }

    Font tableHeader() {
        return font(bold, 8, TEXT);
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot use the font " + file + ": " + e.getMessage(), e);
        }
    }
}
