package dev.canopy.reports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a spreadsheet gets from Canopy's CSV: the bytes, the quoting, and no formula it would run. */
class SafeCsvTest {

    private static byte[] csv(List<String> header, String[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SafeCsv csv = SafeCsv.open(out, header)) {
            for (String[] row : rows) {
                csv.row(row);
            }
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkThenTheHeaderWithCrlfLineEnds() {
        byte[] bytes = csv(List.of("Name", "Tenant"), new String[]{"PC-01", "Acme › Berlin"});

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(bytes)).isEqualTo("Name,Tenant\r\nPC-01,\"Acme › Berlin\"\r\n");
        assertThat(CsvCells.of(bytes)).containsExactly(List.of("Name", "Tenant"), List.of("PC-01", "Acme › Berlin"));
    }

    @Test
    void anEmptyExportStillHasItsHeader() {
        assertThat(text(csv(List.of("Name", "Tenant")))).isEqualTo("Name,Tenant\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"})
    void aCellThatWouldStartAFormulaGetsAQuoteInFrontAndIsQuoted(String cell) {
        byte[] bytes = csv(List.of("Cell", "Next"), new String[]{cell, "after"});

        assertThat(text(bytes)).startsWith("Cell,Next\r\n\"'");
        assertThat(CsvCells.of(bytes).get(1)).containsExactly("'" + cell, "after");
    }

    @Test
    void aCellWithTheCharacterLaterIsLeftAlone() {
        byte[] bytes = csv(List.of("A", "B", "C"), new String[]{"a=b", "1-2", "x@y.example"});

        assertThat(text(bytes)).endsWith("\r\na=b,1-2,x@y.example\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        byte[] bytes = csv(List.of("A", "B", "C", "D", "E"), new String[]{"Smith, Jane", "say \"hi\"", "two\nlines", "cr\rhere", "plain"});

        assertThat(text(bytes)).endsWith("\r\n\"Smith, Jane\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
        assertThat(CsvCells.of(bytes).get(1)).containsExactly("Smith, Jane", "say \"hi\"", "two\nlines", "cr\rhere", "plain");
    }

    @Test
    void aFormulaWithQuotesAndCommasIsBothNeutralisedAndQuoted() {
        byte[] bytes = csv(List.of("A"), new String[]{ComplianceSeed.FORMULA_NAME});

        assertThat(text(bytes)).endsWith("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"\r\n");
        assertThat(CsvCells.of(bytes).get(1)).containsExactly("'" + ComplianceSeed.FORMULA_NAME);
    }

    @Test
    void nullIsAnEmptyCellAndARowOfTheWrongWidthIsRefused() {
        assertThat(text(csv(List.of("A", "B"), new String[]{null, "b"}))).endsWith("\r\n,b\r\n");
        assertThatThrownBy(() -> csv(List.of("A", "B"), new String[]{"only one"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a row needs 2 cells, got 1");
    }

    @Test
    void theComputersTableExportHasTheColumnsTheTableShows() {
        UUID acme = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        RecordMeta meta = RecordMeta.created(now, "seed");
        Computer online = new Computer(UUID.randomUUID(), "-PC-01", acme, "SN1", "dev-1", "Windows 11 Pro", "24H2",
                now.minusSeconds(60), person, List.of("kiosk", "lobby"), List.of(), meta);
        Computer never = new Computer(UUID.randomUUID(), "PC-02", acme, "SN2", "dev-2", "macOS", "15.1", null, null, List.of(), List.of(), meta);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ComputersCsv.write(List.of(online, never), Map.of(acme, "Acme")::get, Map.of(person, "Jane Smith")::get, now,
                ZoneId.of("Europe/Berlin"), out);

        assertThat(CsvCells.of(out.toByteArray())).containsExactly(
                List.of("Name", "Tenant", "Serial number", "Device ID", "OS", "Last seen (Europe/Berlin)", "Status", "Primary person", "Tags"),
                List.of("'-PC-01", "Acme", "SN1", "dev-1", "Windows 11 Pro 24H2", "2026-12-01 12:59:00", "Online", "Jane Smith", "kiosk, lobby"),
                List.of("PC-02", "Acme", "SN2", "dev-2", "macOS 15.1", "", "Stale", "", ""));
    }
}
