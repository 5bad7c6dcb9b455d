package dev.canopy.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each shipped preset recognises a file shaped as its product's API documents it, and maps every row. */
class ImportPresetsTest {

    @TempDir
    Path temp;

    private List<SourceRow> read(String json) throws Exception {
        Path file = temp.resolve("export.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        List<SourceRow> rows = new ArrayList<>();
        JsonSource.open(file).read(rows::add);
        return rows;
    }

    private static ImportPreset recognised(List<SourceRow> rows) throws ImportRefused {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.values().keySet()));
        ImportPreset preset = ImportPreset.recognise(ImportPresets.standard(), columns).orElseThrow();
        preset.mapping().check(columns);
        return preset;
    }

    @Test
    void dattoRmmDevices() throws Exception {
        List<SourceRow> rows = read("""
                {"pageDetails": {"count": 1, "nextPageUrl": null},
                 "devices": [{"id": 1, "uid": "d-1", "siteId": 4, "siteUid": "s-4", "siteName": "Acme", "hostname": "ACME-01",
                   "operatingSystem": "Microsoft Windows 11 Pro 23H2", "lastSeen": "2026-11-30T08:15:00Z", "online": true}]}
                """);

        ImportPreset preset = recognised(rows);
        assertThat(preset).isEqualTo(ImportPresets.DATTO_RMM_DEVICES);
        SourceRow row = rows.get(0);
        assertThat(preset.mapping().value(row, ImportField.CLIENT)).isEqualTo("Acme");
        assertThat(preset.mapping().value(row, ImportField.COMPUTER_NAME)).isEqualTo("ACME-01");
        assertThat(SourceDates.parse(preset.mapping().value(row, ImportField.LAST_SEEN), SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC))
                .contains(Instant.parse("2026-11-30T08:15:00Z"));
    }

    @Test
    void ninjaOneDevicesWithTheirOrganizationAndLocation() throws Exception {
        List<SourceRow> rows = read("""
                [{"id": 17, "organizationId": 3, "locationId": 9, "nodeClass": "WINDOWS_WORKSTATION", "systemName": "GLX-PC-07",
                  "dnsName": "glx-pc-07.globex.local", "lastContact": 1764490500.5, "offline": false,
                  "references": {"organization": {"id": 3, "name": "Globex"}, "location": {"id": 9, "name": "Springfield"}}}]
                """);

        ImportPreset preset = recognised(rows);
        assertThat(preset).isEqualTo(ImportPresets.NINJAONE_DEVICES);
        SourceRow row = rows.get(0);
        assertThat(preset.mapping().value(row, ImportField.CLIENT)).isEqualTo("Globex");
        assertThat(preset.mapping().value(row, ImportField.SITE)).isEqualTo("Springfield");
        assertThat(preset.mapping().value(row, ImportField.DEVICE_ID)).isEqualTo("17");
        assertThat(SourceDates.parse(preset.mapping().value(row, ImportField.LAST_SEEN), SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC))
                .contains(Instant.parse("2025-11-30T08:15:00.5Z"));
    }

    @Test
    void ateraAgents() throws Exception {
        List<SourceRow> rows = read("""
                {"items": [{"AgentID": 501, "MachineID": 88, "CustomerID": 12, "CustomerName": "Initech", "MachineName": "INI-LT-3",
                  "OS": "Windows 11 Pro", "OSType": "Work Station", "VendorSerialNumber": "5CG1234XYZ", "Online": true}],
                 "totalItemCount": 1, "page": 1, "itemsInPage": 1, "totalPages": 1}
                """);

        ImportPreset preset = recognised(rows);
        assertThat(preset).isEqualTo(ImportPresets.ATERA_AGENTS);
        assertThat(preset.mapping().value(rows.get(0), ImportField.SERIAL_NUMBER)).isEqualTo("5CG1234XYZ");
    }
}
