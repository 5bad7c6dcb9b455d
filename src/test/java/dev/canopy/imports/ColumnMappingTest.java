package dev.canopy.imports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping step's rules: columns matched as exports spell them, and a mapping that cannot work refused with the file's columns. */
class ColumnMappingTest {

    private static final List<String> COLUMNS = List.of("Organization", "Location", "System Name", "Serial Number", "Last Contact");
    private final ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.CLIENT, "organization", ImportField.SITE, " Location ",
            ImportField.COMPUTER_NAME, "System Name"));

    @Test
    void columnsMatchIgnoringCaseAndSpacesAndGiveTheRowsValues() throws ImportRefused {
        mapping.check(COLUMNS);
        SourceRow row = new SourceRow(2, Map.of("Organization", " Acme ", "Location", "Berlin", "System Name", "ACME-01", "Serial Number", "",
                "Last Contact", "2026-11-30"));

        assertThat(mapping.value(row, ImportField.CLIENT)).isEqualTo("Acme");
        assertThat(mapping.value(row, ImportField.SITE)).isEqualTo("Berlin");
        assertThat(mapping.value(row, ImportField.SERIAL_NUMBER)).as("unmapped").isEmpty();
        assertThat(mapping.columnIn(ImportField.CLIENT, COLUMNS)).contains("Organization");
    }

    @Test
    void aMissingRequiredFieldOrAColumnTheFileLacksIsRefusedListingTheFilesColumns() {
        ColumnMapping wrong = new ColumnMapping(Map.of(ImportField.CLIENT, "Customer", ImportField.LAST_SEEN, "Last Contact"));

        assertThatThrownBy(() -> wrong.check(COLUMNS)).isInstanceOf(ImportRefused.class).hasMessage(
                "Line 1: Client is mapped to \"Customer\", which the file does not have; Computer name is not mapped to a column."
                        + " The file's columns: Organization, Location, System Name, Serial Number, Last Contact.");
    }

    @Test
    void aFileOfOnlyPeopleNeedsNoComputerColumnButAClient() {
        List<String> people = List.of("Company", "User", "Email");
        assertThat(new ColumnMapping(Map.of(ImportField.CLIENT, "Company", ImportField.PERSON_EMAIL, "Email")).mapsPeople()).isTrue();
        org.assertj.core.api.Assertions.assertThatCode(() -> new ColumnMapping(Map.of(ImportField.CLIENT, "Company", ImportField.PERSON_NAME, "User",
                ImportField.PERSON_EMAIL, "Email")).check(people)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ColumnMapping(Map.of(ImportField.CLIENT, "Company")).check(people)).hasMessageStartingWith(
                "Line 1: Computer name is not mapped to a column.");
        assertThatThrownBy(() -> new ColumnMapping(Map.of(ImportField.PERSON_NAME, "User")).check(people)).hasMessageStartingWith(
                "Line 1: Client is not mapped to a column.");
    }
}
