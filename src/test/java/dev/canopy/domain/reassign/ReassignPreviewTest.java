package dev.canopy.domain.reassign;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReassignPreviewTest {

    private static final RecordMeta META = RecordMeta.created(Instant.EPOCH, "t");
    private final UUID msp = UUID.randomUUID();
    private final UUID dental = UUID.randomUUID();
    private final UUID legal = UUID.randomUUID();
    private final TenantHierarchy hierarchy = new TenantHierarchy(List.of(
            new TenantNode(msp, null, "Northwind", TenantKind.MSP, "America/New_York", 0),
            new TenantNode(dental, msp, "Alder Dental", TenantKind.CLIENT, "", 1),
            new TenantNode(legal, msp, "Birch Legal", TenantKind.CLIENT, "Europe/Berlin", 0)));

    private Deployment deployment(UUID owner, String software, DesiredState state, DeploymentScope scope) {
        return new Deployment(UUID.randomUUID(), owner, software, state, "", Enforcement.REQUIRED, scope, true, List.of(), "",
                DeploymentOrder.UNORDERED, true, META);
    }

    @Test
    void showsGainsLossesSchedulesZonePreferencesAndNewNonCompliance() {
        Deployment chrome = deployment(msp, "Google Chrome", DesiredState.LATEST, DeploymentScope.CROSS_TENANT);
        Deployment dentrix = deployment(dental, "Dentrix", DesiredState.ANY_VERSION, DeploymentScope.TENANT);
        Deployment noChrome = deployment(legal, "Google Chrome", DesiredState.NOT_PRESENT, DeploymentScope.TENANT);
        MaintenanceSchedule weekend = new MaintenanceSchedule(UUID.randomUUID(), legal, "Weekend", "0 22 * * 6", 120, "", false,
                ScheduleTarget.allComputers(), false, RebootPreference.NORMAL, 60, false, true, true, META);
        Computer pc = new Computer(UUID.randomUUID(), "ALD-LT-0001", dental, "S1", "D1", "Windows 11 Pro", "24H2", Instant.EPOCH, null,
                List.of(), List.of(new Software("Google Chrome", "131.0", "Google"), new Software("Dentrix", "24.1", "Henry Schein")), META);
        var preferences = TenantPreference.index(List.of(
                new TenantPreference(legal, "maintenance.rebootPreference", PreferenceMode.OVERRIDE, "SUPPRESS", META)));

        ReassignPreview preview = ReassignPreview.of(new ReassignPreview.Inputs(hierarchy, List.of(pc), List.of(chrome, dentrix, noChrome),
                List.of(weekend), preferences, software -> software.equals("Google Chrome") ? "131.0" : null), legal);

        assertThat(preview.lost()).extracting(c -> c.deployment().software()).containsExactly("Dentrix", "Google Chrome");
        assertThat(preview.gained()).singleElement().satisfies(c -> {
            assertThat(c.deployment()).isEqualTo(noChrome);
            assertThat(c.computers()).isEqualTo(1);
        });
        assertThat(preview.schedulesAfter()).extracting(s -> s.schedule().name()).containsExactly("Weekend");
        assertThat(preview.timeZonesBefore()).containsExactly("America/New_York");
        assertThat(preview.timeZoneAfter()).isEqualTo("Europe/Berlin");
        assertThat(preview.preferenceChanges()).extracting(c -> c.setting().key()).containsExactly("maintenance.rebootPreference");
        assertThat(preview.becomingNonCompliant()).containsExactly("ALD-LT-0001");
        assertThat(preview.changesNothing()).isFalse();
    }

    @Test
    void movingWithinTheSameRulesChangesNothing() {
        Computer pc = new Computer(UUID.randomUUID(), "ALD-LT-0002", dental, "S2", "D2", "Windows 11 Pro", "24H2", Instant.EPOCH, null,
                List.of(), List.of(), META);
        UUID twin = UUID.randomUUID();
        TenantHierarchy withTwin = new TenantHierarchy(List.of(
                new TenantNode(msp, null, "Northwind", TenantKind.MSP, "America/New_York", 0),
                new TenantNode(dental, msp, "Alder Dental", TenantKind.CLIENT, "", 1),
                new TenantNode(twin, msp, "Alder Dental 2", TenantKind.CLIENT, "", 0)));
        ReassignPreview preview = ReassignPreview.of(new ReassignPreview.Inputs(withTwin, List.of(pc), List.of(), List.of(),
                TenantPreference.index(List.of()), s -> null), twin);
        assertThat(preview.changesNothing()).isTrue();
    }
}
