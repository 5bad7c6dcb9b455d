package dev.canopy.reports;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV that is safe to open in a spreadsheet, written with Jackson CSV: a header row, then one line per row,
 * RFC 4180 quoting (a cell with a comma, a quote or a line break is always quoted, quotes doubled), CRLF line ends.
 * <p>
 * <b>Formulas.</b> A cell starting with {@code = + - @}, a tab or a carriage return would be read as a formula
 * by Excel, LibreOffice or Google Sheets (CSV injection: {@code =HYPERLINK(...)} in a computer's name). Such a
 * cell gets a single quote in front, as OWASP recommends: every spreadsheet then takes it as text, and the
 * original value is the cell without its first character. The quote shows in the cell; the alternatives (a
 * leading space, or dropping the character) either do not stop every spreadsheet or lose data.
 * <p>
 * <b>Encoding.</b> UTF-8 with a byte order mark: Excel opens a .csv by double-click in the system's ANSI code
 * page unless the file starts with the UTF-8 BOM, and would show "≥" or "›" or an accented name as garbage.
 * LibreOffice, Google Sheets and most CSV libraries (Python's utf-8-sig, pandas, Jackson) accept the mark.
 * <p>
 * The writer does not close the stream it was given: the caller owns it. Not thread-safe.
 */
public final class SafeCsv implements Closeable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Jackson's default quoting: any cell with a character below '-' (space, comma, quote, line breaks) or longer
    // than a few dozen characters is quoted. More than needed, never less: STRICT_CHECK_FOR_QUOTING left a lone
    // line feed unquoted (it looks for the line separator's first character only), which splits a row in two.
    private static final CsvFactory FACTORY = CsvFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final CsvGenerator generator;
    private final int columns;

    private SafeCsv(CsvGenerator generator, int columns) {
        this.generator = generator;
        this.columns = columns;
    }

    /** Starts a CSV on the stream: the byte order mark and the header row. */
    public static SafeCsv open(OutputStream out, List<String> header) {
        try {
            out.write(UTF8_BOM);
            CsvGenerator generator = FACTORY.createGenerator(out);
            generator.setSchema(schema(header));
            SafeCsv csv = new SafeCsv(generator, header.size());
            csv.row(header.toArray(String[]::new));
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV: " + e.getMessage(), e);
        }
    }

    /** Columns by position, no header of Jackson's own (ours is a row, so an empty export has it too), CRLF. */
    private static CsvSchema schema(List<String> header) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
        header.forEach(schema::addColumn);
        return schema.build();
    }

    /** One row, a cell per header column; null is an empty cell. */
    public void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row needs " + columns + " cells, got " + cells.length);
        }
        try {
            generator.writeStartArray();
            for (String cell : cells) {
                generator.writeString(neutralise(cell));
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV: " + e.getMessage(), e);
        }
    }

    /** The cell as a spreadsheet should see it: text that would start a formula gets a quote in front; null is "". */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** Writes what is buffered to the stream (left open). */
    @Override
    public void close() {
        try {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV: " + e.getMessage(), e);
        }
    }
}
