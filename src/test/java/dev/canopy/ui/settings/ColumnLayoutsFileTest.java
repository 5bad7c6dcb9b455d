package dev.canopy.ui.settings;

import dev.canopy.ui.common.ColumnLayouts;
import dev.canopy.ui.common.ColumnLayouts.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** columns.json: the saved form of the tables' column order and widths, and how a saved layout meets today's columns. */
class ColumnLayoutsFileTest {

    @TempDir
    Path config;

    @Test
    void layoutsComeBackAsSavedInTheirOrder() throws Exception {
        SettingsFiles files = new SettingsFiles(config);
        ColumnLayouts.Saved saved = new ColumnLayouts.Saved(Map.of(
                "computerTable", List.of(new Column("OS", 210), new Column("Name", 150.5), new Column("Status", 90)),
                "userTable", List.of(new Column("Email", 300))));
        files.saveColumns(saved);

        ColumnLayouts again = new ColumnLayouts(new SettingsFiles(config).loadColumns());
        assertThat(again.saved("computerTable")).containsExactly(new Column("OS", 210), new Column("Name", 150.5), new Column("Status", 90));
        assertThat(again.saved("userTable")).containsExactly(new Column("Email", 300));
        assertThat(again.saved("deploymentTable")).as("a table never saved").isEmpty();
    }

    @Test
    void aGarbledFileOrHandEditedEntriesAreLeftOut() throws Exception {
        SettingsFiles files = new SettingsFiles(config);
        Files.writeString(config.resolve("columns.json"), "{\"tables\": {\"computerTable\": [{\"id\": \"Na");
        assertThat(files.loadColumns().tables()).isEmpty();

        Files.writeString(config.resolve("columns.json"), """
                {"tables": {"computerTable": [{"id": "Name", "width": 120, "pinned": true}, {"id": "", "width": 50},
                                              {"width": 70}, {"id": "OS", "width": -4}, null],
                            "userTable": []},
                 "written": "by a newer Canopy"}
                """);
        assertThat(files.loadColumns().tables()).containsOnlyKeys("computerTable");
        assertThat(files.loadColumns().tables().get("computerTable")).containsExactly(new Column("Name", 120));
    }

    @Test
    void savedColumnsThisVersionDoesNotHaveAreIgnoredAndNewColumnsKeepTheirPlace() {
        Function<String, String> id = Function.identity();
        List<Column> saved = List.of(new Column("Tenant", 100), new Column("Retired", 80), new Column("Name", 150));

        assertThat(ColumnLayouts.arranged(List.of("Name", "Status", "Tenant"), id, saved))
                .as("'Retired' is gone; 'Status', new, stays second").containsExactly("Tenant", "Status", "Name");
        assertThat(ColumnLayouts.arranged(List.of("Name", "Tenant", "Tags"), id, saved)).containsExactly("Tenant", "Name", "Tags");
        assertThat(ColumnLayouts.arranged(List.of("Name", "Tenant"), id, List.of())).containsExactly("Name", "Tenant");
    }
}
