package dev.canopy.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An RMM or PSA CSV export, read as real products and spreadsheets write them: UTF-8 with or without a byte order
 * mark, comma, semicolon (as European spreadsheets save it) or tab between fields — told from the header line —,
 * quoted fields holding delimiters, quotes and line breaks. Rows stream to the caller; a row with more cells than
 * the header, or a file with no rows, is refused with its line.
 */
public final class CsvSource {

    /** What the caller does with each row; it may refuse one (the import then stops, having changed nothing). */
    @FunctionalInterface
    public interface RowHandler {
        void row(SourceRow row) throws ImportRefused;
    }

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path file;
    private final boolean bom;
    private final char delimiter;
    private final List<String> columns;

    private CsvSource(Path file, boolean bom, char delimiter, List<String> columns) {
        this.file = file;
        this.bom = bom;
        this.delimiter = delimiter;
        this.columns = List.copyOf(columns);
    }

    /** Checks the file's encoding and shape and reads its header; the rows are read by {@link #read}. */
    public static CsvSource open(Path file) throws ImportRefused, IOException {
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(file);
        if (sniffed.kind() != FileSniffer.Kind.CSV) {
            throw new ImportRefused(0, "This file holds JSON, not CSV.");
        }
        char delimiter = delimiterOf(sniffed.firstLine());
        List<String> header;
        try (Reader reader = reader(file, sniffed.bom());
             MappingIterator<List<String>> records = MAPPER.readerForListOf(String.class).with(schema(delimiter)).readValues(reader)) {
            header = records.hasNextValue() ? records.nextValue() : List.of();
        }
        return new CsvSource(file, sniffed.bom(), delimiter, checkedHeader(header));
    }

    public List<String> columns() {
        return columns;
    }

    /** ',', ';' or '\t'. */
    public char delimiter() {
        return delimiter;
    }

    /** Streams every row after the header to the handler, in file order; returns how many there were. */
    public int read(RowHandler handler) throws ImportRefused, IOException {
        int rows = 0;
        try (Reader reader = reader(file, bom);
             MappingIterator<List<String>> records = MAPPER.readerForListOf(String.class).with(schema(delimiter)).readValues(reader)) {
            boolean header = true;
            while (true) {
                int line = records.getCurrentLocation().getLineNr();
                List<String> cells;
                try {
                    if (!records.hasNextValue()) {
                        break;
                    }
                    cells = records.nextValue();
                } catch (RuntimeException | IOException malformed) {
                    throw new ImportRefused(records.getCurrentLocation().getLineNr(), "the CSV cannot be read here: "
                            + firstLine(malformed.getMessage()));
                }
                if (header) {
                    header = false;
                    continue;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;  // a blank line, as spreadsheets leave at the end
                }
                handler.row(row(line, cells));
                rows++;
            }
        }
        if (rows == 0) {
            throw new ImportRefused(0, "The file has a header (" + String.join(", ", columns) + ") but no rows.");
        }
        return rows;
    }

    private SourceRow row(int line, List<String> cells) throws ImportRefused {
        if (cells.size() > columns.size() && cells.subList(columns.size(), cells.size()).stream().anyMatch(c -> c != null && !c.isBlank())) {
            throw new ImportRefused(line, "this row has " + cells.size() + " cells but the header names " + columns.size()
                    + " columns: a value holds the delimiter \"" + printable(delimiter) + "\" without quotes, or a column is missing"
                    + " from the header.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() ? cells.get(i) : null;
            values.put(columns.get(i), cell == null ? "" : cell);
        }
        return new SourceRow(line, values);
    }

    private static List<String> checkedHeader(List<String> header) throws ImportRefused {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                if (i == header.size() - 1 && i > 0) {
                    continue;  // a trailing delimiter, as some exports end every line with one
                }
                throw new ImportRefused(1, "column " + (i + 1) + " of the header has no name.");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new ImportRefused(1, "two columns of the header are named \"" + name + "\".");
            }
            names.add(name);
        }
        return names;
    }

    /** The delimiter the header uses most, outside quotes; a comma when none appears (a one-column file). */
    static char delimiterOf(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static CsvSchema schema(char delimiter) {
        return CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withoutHeader();
    }

    private static Reader reader(Path file, boolean bom) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        if (bom) {
            reader.read();  // the byte order mark, which is not part of the first column's name
        }
        return reader;
    }

    private static String printable(char c) {
        return c == '\t' ? "tab" : String.valueOf(c);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
