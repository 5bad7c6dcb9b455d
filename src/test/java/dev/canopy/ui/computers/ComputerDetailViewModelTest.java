package dev.canopy.ui.computers;

import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One computer in detail without a window: inventory, the schedules and deployments that reach it and why, its history. */
class ComputerDetailViewModelTest extends ViewModelFixture {

    private final ComputersSeed seed = new ComputersSeed();
    private final List<Throwable> refusals = new ArrayList<>();
    private ComputerDetailViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::seed);
        model = new ComputerDetailViewModel(services().tenants(), services().store(), services().tasks(), services().notices());
    }

    private Computer computer(UUID id) {
        return store().computersByIds(List.of(id), false).get(0);
    }

    @Test
    void showsTheInventoryTheSchedulesWithWhereTheyComeFromAndEachDeploymentWithWhy() {
        model.show(computer(seed.pc1));

        assertThat(model.titleProperty().get()).isEqualTo("ALD-LT-0001 — Windows 11 Pro 24H2, serial SN-ALD-LT-0001");
        assertThat(model.inventory()).extracting(Software::name, Software::version).containsExactly(org.assertj.core.groups.Tuple.tuple("Dentrix", "24.1"));
        assertThat(model.schedules()).containsExactlyInAnyOrder("Front desk — Every Friday at 22:00",
                "Nightly patching — Every day at 02:00 (from Northwind)");
        assertThat(model.deployments()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Dentrix — Any version (Tenant)");
            assertThat(d.why()).startsWith("Dentrix: ").contains("Alder Dental").contains("— wins.")
                    .contains("No other deployment of Dentrix reaches this computer.");
        });
        assertThat(model.history()).isEmpty();
    }

    @Test
    void aSubTenantsComputerGetsOnlyWhatIsHandedDown() {
        model.show(computer(seed.labPc));

        assertThat(model.schedules()).containsExactly("Nightly patching — Every day at 02:00 (from Northwind)");
        assertThat(model.deployments()).extracting(ComputerDetailViewModel.ReachingDeployment::summary)
                .containsExactly("Dentrix — Any version (Tenant)");
    }

    @Test
    void theHistoryListsTheComputersChangesWithTenantNamesNotIds() {
        services().commands().execute(ReassignComputers.to(seed.legal, List.of(seed.pc1)), applied -> { }, refusals::add);
        model.show(computer(seed.pc1));

        assertThat(model.history()).singleElement().satisfies(line -> assertThat(line)
                .contains("computer.reassign").contains("Alder Dental → Birch Legal").doesNotContain(seed.legal.toString()));
        assertThat(model.deployments()).extracting(ComputerDetailViewModel.ReachingDeployment::summary)
                .containsExactly("Clio — Any version (Tenant)");
        assertThat(refusals).isEmpty();
    }

    @Test
    void showingNoComputerClearsEverything() {
        model.show(computer(seed.pc1));
        model.show(null);

        assertThat(model.titleProperty().get()).isEqualTo("Select a computer to see its inventory, schedules and deployments.");
        assertThat(model.inventory()).isEmpty();
        assertThat(model.schedules()).isEmpty();
        assertThat(model.deployments()).isEmpty();
        assertThat(model.history()).isEmpty();
    }
}
