package dev.canopy.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON as RMM APIs return device lists, nested organisation and location included, and the JSON that is refused. */
class JsonSourceTest {

    @TempDir
    Path temp;

    private Path file(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aWrappedListOfDevicesWithNestedObjectsFlattensToDottedNames() throws Exception {
        Path file = file("devices.json", """
                {"page": 1,
                 "devices": [
                   {"id": 101, "systemName": "ACME-01", "organization": {"id": 7, "name": "Acme"}, "location": {"name": "Berlin"},
                    "tags": ["laptop", "finance"], "lastContact": null},
                   {"id": 102, "systemName": "ACME-02", "organization": {"id": 7, "name": "Acme"}}
                 ]}
                """);
        List<SourceRow> rows = new ArrayList<>();

        String field = JsonSource.open(file).read(rows::add);

        assertThat(field).isEqualTo("devices");
        assertThat(rows).extracting(r -> r.get("systemName")).containsExactly("ACME-01", "ACME-02");
        assertThat(rows.get(0).get("organization.name")).isEqualTo("Acme");
        assertThat(rows.get(0).get("location.name")).isEqualTo("Berlin");
        assertThat(rows.get(0).get("tags")).isEqualTo("laptop, finance");
        assertThat(rows.get(0).get("lastContact")).isEmpty();
        assertThat(rows.get(1).get("location.name")).as("a missing field is blank").isEmpty();
        assertThat(rows).extracting(SourceRow::line).as("where each element starts").containsExactly(3, 5);
    }

    @Test
    void aBareArray() throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        assertThat(JsonSource.open(file("agents.json", "[{\"hostname\":\"PC-1\",\"client\":\"Globex\"}]")).read(rows::add)).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("client")).isEqualTo("Globex"));
    }

    @Test
    void truncatedEmptyAndShapelessJsonIsRefusedWithItsLine() throws Exception {
        assertThatThrownBy(() -> JsonSource.open(file("cut.json", "[\n{\"a\": 1},\n{\"a\": ")).read(r -> { }))
                .isInstanceOf(ImportRefused.class).hasMessageStartingWith("Line 3: the JSON is cut short or malformed here");
        assertThatThrownBy(() -> JsonSource.open(file("none.json", "{\"devices\": []}")).read(r -> { }))
                .hasMessage("The JSON's list is empty: there is nothing to import.");
        assertThatThrownBy(() -> JsonSource.open(file("object.json", "{\"error\": {\"code\": \"x\"}}")).read(r -> { }))
                .hasMessageEndingWith("the JSON object has no list of records in any of its fields.");
        assertThatThrownBy(() -> JsonSource.open(file("numbers.json", "[1, 2]")).read(r -> { }))
                .hasMessage("Line 1: element 1 of the list is not an object with fields.");
        assertThatThrownBy(() -> JsonSource.open(file("plain.csv", "a,b\n1,2\n"))).hasMessage("This file holds CSV (or plain text), not JSON.");
    }
}
