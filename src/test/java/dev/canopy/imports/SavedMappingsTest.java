package dev.canopy.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mappings saved per source come back as saved; a mapping file that is wrong is refused saying where and what. */
class SavedMappingsTest {

    @TempDir
    Path folder;

    @Test
    void aSavedMappingIsFoundByItsSourceIgnoringCaseAndNothingElseIs() throws Exception {
        SavedMappings saved = new SavedMappings(folder);
        ColumnMapping columns = new ColumnMapping(Map.of(ImportField.CLIENT, "Company", ImportField.COMPUTER_NAME, "Device"));

        saved.save("PSA-X", columns);

        assertThat(saved.find("psa-x")).hasValueSatisfying(s -> {
            assertThat(s.source()).isEqualTo("psa-x");
            assertThat(s.mapping()).isEqualTo(columns);
        });
        assertThat(saved.find("autotask")).isEmpty();
        assertThat(folder.resolve("import-mappings")).isDirectoryContaining(p -> p.getFileName().toString().equals("psa-x.json"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".partial"));
    }

    @Test
    void aBadSourceOrABadMappingFileIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> SavedMappings.checkSource("../etc")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("got \"../etc\"");
        Path cut = Files.writeString(folder.resolve("cut.json"), "{\"source\": \"psa-x\",\n \"columns\": {\"CLIENT\": ");
        assertThatThrownBy(() -> SavedMappings.read(cut)).isInstanceOf(ImportRefused.class).hasMessageStartingWith("Line 2: cut.json is not a mapping file");
        Path number = Files.writeString(folder.resolve("number.json"), "{\"source\": \"psa-x\", \"columns\": {\"CLIENT\": 7}}");
        assertThatThrownBy(() -> SavedMappings.read(number)).isInstanceOf(ImportRefused.class).hasMessage("number.json: CLIENT must name a column");
        Path none = Files.writeString(folder.resolve("none.json"), "[]");
        assertThatThrownBy(() -> SavedMappings.read(none)).isInstanceOf(ImportRefused.class).hasMessageContaining("it needs \"source\" and \"columns\"");
    }
}
