package dev.canopy.ui.computers;

import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The computers table's rules without a window: which computers it lists, the filter, the sub-tenant toggle, the count line. */
class ComputersViewModelTest extends ViewModelFixture {

    private static final String HINT = " · drag the selection onto a tenant to reassign";
    private final ComputersSeed seed = new ComputersSeed();
    private final List<Throwable> refusals = new ArrayList<>();
    private ComputersViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::seed);
        model = new ComputersViewModel(services().tenants(), services().store(), services().tasks(), services().notices());
        select(seed.dental);
    }

    private List<String> shown() {
        return model.shownComputers().stream().map(Computer::name).toList();
    }

    @Test
    void listsTheSelectedTenantsOwnComputersWithTheirPersonAndTenantAndCountsThem() {
        assertThat(shown()).containsExactly("ALD-LT-0001", "ALD-LT-0002", "ALD-MAC-0003");
        Computer danas = model.shownComputers().get(0);
        assertThat(model.personName(danas)).isEqualTo("Dana Reyes");
        assertThat(model.personName(model.shownComputers().get(1))).isEmpty();
        assertThat(model.tenantName(danas.tenantId())).isEqualTo("Alder Dental");
        assertThat(model.countText().get()).isEqualTo("3 computers · 0 selected" + HINT);

        model.selection().setAll(danas);
        assertThat(model.countText().get()).isEqualTo("3 computers · 1 selected" + HINT);
        assertThat(model.reassignTitle()).isEqualTo("Reassign 1 computer to…");
        assertThat(model.selectedIds()).containsExactly(seed.pc1);
        model.selection().setAll(model.shownComputers());
        assertThat(model.reassignTitle()).isEqualTo("Reassign 3 computers to…");
    }

    @Test
    void theFilterMatchesNameOsPersonTenantAndTag() {
        model.filterProperty().set("0002");
        assertThat(shown()).containsExactly("ALD-LT-0002");
        assertThat(model.countText().get()).isEqualTo("1 computer · 0 selected" + HINT);
        model.filterProperty().set("MACOS");
        assertThat(shown()).containsExactly("ALD-MAC-0003");
        model.filterProperty().set("dana");
        assertThat(shown()).containsExactly("ALD-LT-0001");
        model.filterProperty().set("vip");
        assertThat(shown()).containsExactly("ALD-LT-0001");
        model.filterProperty().set("recep");
        assertThat(shown()).containsExactly("ALD-MAC-0003");

        model.includeSubTenantsProperty().set(true);
        model.filterProperty().set("alder lab");
        assertThat(shown()).containsExactly("LAB-PC-0001");
        model.filterProperty().set("  ");
        assertThat(shown()).hasSize(4);
    }

    @Test
    void subTenantsAreIncludedOnlyWhenAskedAndAnotherTenantReloadsTheList() {
        model.includeSubTenantsProperty().set(true);
        assertThat(shown()).containsExactly("ALD-LT-0001", "ALD-LT-0002", "ALD-MAC-0003", "LAB-PC-0001");
        assertThat(model.tenantName(model.shownComputers().get(3).tenantId())).isEqualTo("Alder Lab");
        model.includeSubTenantsProperty().set(false);
        assertThat(shown()).containsExactly("ALD-LT-0001", "ALD-LT-0002", "ALD-MAC-0003");

        select(seed.legal);
        assertThat(shown()).containsExactly("BIR-LT-0001");
        select(null);
        assertThat(shown()).isEmpty();
    }

    @Test
    void computersReassignedElsewhereLeaveTheList() {
        services().commands().execute(ReassignComputers.to(seed.legal, List.of(seed.pc1, seed.pc2)), applied -> { }, refusals::add);
        assertThat(refusals).isEmpty();
        assertThat(shown()).containsExactly("ALD-MAC-0003");
        assertThat(model.countText().get()).isEqualTo("1 computer · 0 selected" + HINT);
    }

    @Test
    void theExportIsTheTableAsShownInOneWholeCsvFile() throws Exception {
        model.filterProperty().set("ALD-LT");
        java.nio.file.Path file = folder.resolveSibling(folder.getFileName() + "-export").resolve("computers.csv");
        java.nio.file.Files.createDirectories(file.getParent());
        model.exportCsv(file, java.time.ZoneOffset.UTC);
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("\uFEFFName,Tenant,\"Serial number\"").contains("Last seen (Z)");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("ALD-LT-0001,").contains("Alder Dental").contains("Dana Reyes").contains("vip");
        assertThat(file.resolveSibling("computers.csv.partial")).doesNotExist();
    }
}
