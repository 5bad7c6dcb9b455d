package dev.canopy.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV exports as RMM/PSA products and spreadsheets write them, and the files that must be refused with a line and reason. */
class CsvSourceTest {

    @TempDir
    Path temp;

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SourceRow> rows(CsvSource source) throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        source.read(rows::add);
        return rows;
    }

    @Test
    void aCommaFileWithQuotedCommasQuotesAndLineBreaksInsideFields() throws Exception {
        CsvSource source = CsvSource.open(file("agents.csv", "Client,Site,Computer,Notes\r\n"
                + "\"Acme, Inc.\",Berlin,ACME-01,\"said \"\"hi\"\"\"\r\n"
                + "Globex,HQ,GLX-01,\"two\nlines\"\r\n"
                + "Initech,,INI-01,\r\n"));

        assertThat(source.delimiter()).isEqualTo(',');
        assertThat(source.columns()).containsExactly("Client", "Site", "Computer", "Notes");
        List<SourceRow> rows = rows(source);
        assertThat(rows).extracting(r -> r.get("Client")).containsExactly("Acme, Inc.", "Globex", "Initech");
        assertThat(rows.get(0).get("Notes")).isEqualTo("said \"hi\"");
        assertThat(rows.get(1).get("Notes")).isEqualTo("two\nlines");
        assertThat(rows.get(2).get("Site")).isEmpty();
        assertThat(rows).extracting(SourceRow::line).as("each row's first line").containsExactly(2, 3, 5);
    }

    @Test
    void semicolonsAsEuropeanSpreadsheetsSaveThemWithAByteOrderMark() throws Exception {
        byte[] text = "Kunde;Standort;Gerät\nMüller GmbH;München;MUC-01\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        CsvSource source = CsvSource.open(file("export.csv", withBom));

        assertThat(source.delimiter()).isEqualTo(';');
        assertThat(source.columns()).as("the mark is not part of the first name").containsExactly("Kunde", "Standort", "Gerät");
        assertThat(rows(source)).singleElement().satisfies(r -> assertThat(r.get("Standort")).isEqualTo("München"));
    }

    @Test
    void tabsAndATrailingDelimiterAndABlankLastLine() throws Exception {
        CsvSource source = CsvSource.open(file("devices.tsv", "Name\tOS\t\nPC-1\tWindows 11\t\n\n"));

        assertThat(source.delimiter()).isEqualTo('\t');
        assertThat(source.columns()).containsExactly("Name", "OS");
        assertThat(rows(source)).extracting(r -> r.get("OS")).containsExactly("Windows 11");
    }

    @Test
    void latin1BytesAreRefusedWithTheirLine() throws Exception {
        byte[] latin1 = "Client,Site\nAcme,Berlin\nM\u00fcller,M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvSource.open(file("latin1.csv", latin1))).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("Line 3: the file is not UTF-8 here (byte 0xFC)")
                .satisfies(e -> assertThat(((ImportRefused) e).line()).isEqualTo(3));
    }

    @Test
    void aRaggedRowIsRefusedWithItsLine() throws Exception {
        CsvSource source = CsvSource.open(file("ragged.csv", "Client,Site\nAcme,Berlin\nGlobex,HQ,extra\n"));

        assertThatThrownBy(() -> rows(source)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("Line 3: this row has 3 cells but the header names 2 columns");
    }

    @Test
    void emptyHeaderOnlyAWebPageJsonAndBadHeadersAreRefused() throws Exception {
        assertThatThrownBy(() -> CsvSource.open(file("empty.csv", "  \n\n"))).hasMessage("The file is empty.");
        CsvSource headerOnly = CsvSource.open(file("header.csv", "Client,Site\n"));
        assertThatThrownBy(() -> rows(headerOnly)).hasMessage("The file has a header (Client, Site) but no rows.");
        assertThatThrownBy(() -> CsvSource.open(file("page.csv", "<!DOCTYPE html>\n<html><body>Log in</body></html>")))
                .hasMessageStartingWith("Line 1: this is a web page or XML, not an export.");
        assertThatThrownBy(() -> CsvSource.open(file("agents.json", "[{\"name\":\"PC-1\"}]"))).hasMessage("This file holds JSON, not CSV.");
        assertThatThrownBy(() -> CsvSource.open(file("twice.csv", "Name,name\nA,B\n")))
                .hasMessage("Line 1: two columns of the header are named \"name\".");
        assertThatThrownBy(() -> CsvSource.open(file("blank.csv", "Name,,OS\nA,B,C\n"))).hasMessage("Line 1: column 2 of the header has no name.");
        assertThatThrownBy(() -> CsvSource.open(temp.resolve("missing.csv"))).hasMessageStartingWith("There is no file ");
    }

    @Test
    void theDelimiterIsWhatTheHeaderUsesMostOutsideQuotes() {
        assertThat(CsvSource.delimiterOf("\"a;b\",c,d")).isEqualTo(',');
        assertThat(CsvSource.delimiterOf("a;b;c")).isEqualTo(';');
        assertThat(CsvSource.delimiterOf("a\tb;c\td")).isEqualTo('\t');
        assertThat(CsvSource.delimiterOf("single")).isEqualTo(',');
    }
}
