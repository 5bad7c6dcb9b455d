package dev.canopy.imports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A file is recognised by the preset whose identifying columns it has, the most specific one when several fit. */
class ImportPresetTest {

    private static final ImportPreset GENERIC = new ImportPreset("Generic", "generic", Set.of("Client", "Computer"),
            new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.COMPUTER_NAME, "Computer")));
    private static final ImportPreset DETAILED = new ImportPreset("Detailed", "detailed", Set.of("Client", "Computer", "Device ID"),
            new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.COMPUTER_NAME, "Computer", ImportField.DEVICE_ID, "Device ID")));

    @Test
    void theMostSpecificMatchingPresetIsRecognisedIgnoringCase() {
        assertThat(ImportPreset.recognise(List.of(GENERIC, DETAILED), List.of("client", "COMPUTER", " Device ID ", "OS"))).contains(DETAILED);
        assertThat(ImportPreset.recognise(List.of(GENERIC, DETAILED), List.of("Client", "Computer"))).contains(GENERIC);
        assertThat(ImportPreset.recognise(List.of(GENERIC, DETAILED), List.of("Customer", "Host"))).isEmpty();
    }
}
