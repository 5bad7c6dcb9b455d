package dev.canopy.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an import file is before it is parsed: UTF-8 (with or without a byte order mark) or not, and CSV, JSON or a
 * web page saved by mistake. Reads the file once as a stream, so a 500 MB file costs no memory; a byte that is not
 * UTF-8 is reported with its line, since spreadsheets on Windows often save Latin-1 or Windows-1252.
 */
final class FileSniffer {

    /** What the file holds. */
    enum Kind { CSV, JSON }

    /** The file's kind, whether it starts with a byte order mark, and its first line (the CSV header). */
    record Sniffed(Kind kind, boolean bom, String firstLine) {
    }

    private static final int BUFFER = 1 << 16;

    private FileSniffer() {
    }

    static Sniffed sniff(Path file) throws ImportRefused, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportRefused(0, "There is no file " + file + ".");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder first = new StringBuilder();
        boolean firstDone = false;
        boolean bom = false;
        boolean anyText = false;
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
            CharBuffer chars = CharBuffer.allocate(BUFFER);
            boolean start = true;
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    int bad = bytes.get(bytes.position()) & 0xff;
                    chars.flip();
                    line += newlines(chars);
                    throw new ImportRefused(line, String.format(Locale.ROOT, "the file is not UTF-8 here (byte 0x%02X). Spreadsheets on"
                            + " Windows often save Latin-1 or Windows-1252: save it again as \"CSV UTF-8\".", bad));
                }
                bytes.compact();
                chars.flip();
                if (start && chars.length() > 0) {
                    start = false;
                    if (chars.charAt(0) == '\uFEFF') {
                        bom = true;
                        chars.get();
                    }
                }
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                        firstDone = firstDone || anyText;
                    } else if (!firstDone && c != '\r') {
                        if (!Character.isWhitespace(c) || anyText) {
                            anyText = true;
                            if (first.length() < 1 << 16) {
                                first.append(c);
                            }
                        }
                    }
                }
                chars.clear();
            }
        }
        String header = first.toString().strip();
        if (header.isEmpty()) {
            throw new ImportRefused(0, "The file is empty.");
        }
        if (header.startsWith("<")) {  // <!DOCTYPE html>, <html>, <?xml …>: no CSV or JSON export starts so
            throw new ImportRefused(1, "this is a web page or XML, not an export. Save the export itself (CSV or JSON) from the"
                    + " RMM or PSA, not the page that offers it.");
        }
        Kind kind = header.startsWith("[") || header.startsWith("{") ? Kind.JSON : Kind.CSV;
        return new Sniffed(kind, bom, header);
    }

    private static int newlines(CharBuffer chars) {
        int n = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                n++;
            }
        }
        return n;
    }
}
