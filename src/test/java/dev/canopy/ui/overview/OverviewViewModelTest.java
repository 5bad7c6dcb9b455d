package dev.canopy.ui.overview;

import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.ComputerStatus;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.session.SessionStatus;
import dev.canopy.reports.FleetFacts.Verdict;
import dev.canopy.reports.TenantOverview;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.PeopleShortlist;
import dev.canopy.domain.person.Role;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's numbers on a fleet known by heart, the lists behind them, and the refresh after an edit. */
class OverviewViewModelTest extends ViewModelFixture {

    private final OverviewSeed seed = new OverviewSeed();
    private final List<ComputerShortlist> opened = new ArrayList<>();
    private final List<PeopleShortlist> openedPeople = new ArrayList<>();
    private OverviewViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::seed);
        model = new OverviewViewModel(services().tenants(), services().store(), services().tasks(),
                Clock.fixed(OverviewSeed.NOW, ZoneOffset.UTC), opened::add, openedPeople::add);
        select(seed.dental);
    }

    @AfterEach
    void dispose() {
        model.dispose();
    }

    private TenantOverview shown() {
        return model.overviewProperty().get();
    }

    @Test
    void aClientsOverviewCountsItsSubtreeByStatusComplianceSoftwarePeopleAndSessions() {
        TenantOverview o = shown();
        assertThat(o.tenantName()).isEqualTo("Alder Dental");
        assertThat(o.computers()).isEqualTo(4);
        assertThat(o.status()).containsEntry(ComputerStatus.ONLINE, 2).containsEntry(ComputerStatus.OFFLINE, 1).containsEntry(ComputerStatus.STALE, 1);
        assertThat(o.compliance()).containsEntry(Verdict.COMPLIANT, 2).containsEntry(Verdict.NON_COMPLIANT, 1).containsEntry(Verdict.UNKNOWN, 1);
        assertThat(o.compliantPercent()).hasValueSatisfying(p -> assertThat(p).isBetween(66.6, 66.7));
        assertThat(o.failingSoftware()).extracting(c -> c.name() + " " + c.computers()).containsExactly("Google Chrome 1");
        assertThat(o.inventory()).singleElement().satisfies(chrome -> {
            assertThat(chrome.software()).isEqualTo("Google Chrome");
            assertThat(chrome.versions()).containsOnly(java.util.Map.entry("120", 1), java.util.Map.entry("121", 1), java.util.Map.entry("122", 1));
        });
        assertThat(o.people()).containsEntry(Optional.of(Role.TENANT_USER), 1).containsEntry(Optional.empty(), 1)
                .containsEntry(Optional.of(Role.TENANT_ADMIN), 0);
        assertThat(o.sessions()).extracting(TenantOverview.SessionLine::computer).as("failures first, then newest").containsExactly("ALD-01", "ALD-02");
        assertThat(o.sessions().get(0).summary()).contains("0x800f0922");
        assertThat(o.sessionsLast30Days()).containsEntry(SessionStatus.FAILED, 1).containsEntry(SessionStatus.SUCCEEDED, 1);
        assertThat(o.clients()).as("only the top ranks clients").isEmpty();

        model.includeSubTenantsProperty().set(false);
        assertThat(shown().computers()).isEqualTo(3);
        assertThat(shown().status()).containsEntry(ComputerStatus.ONLINE, 1);
        assertThat(shown().compliance()).containsEntry(Verdict.COMPLIANT, 1).containsEntry(Verdict.NON_COMPLIANT, 1);
    }

    @Test
    void theMspRootIsTheWholeInstanceWithClientsRankedByTheirShareOfNonCompliantComputers() {
        select(seed.msp);
        TenantOverview o = shown();
        assertThat(o.wholeInstance()).isTrue();
        assertThat(o.computers()).isEqualTo(5);
        assertThat(o.compliance()).containsEntry(Verdict.NON_COMPLIANT, 2);
        assertThat(o.failingSoftware()).extracting(c -> c.name()).containsExactlyInAnyOrder("Google Chrome", "uTorrent");
        assertThat(o.clients()).extracting(c -> c.name() + " " + c.nonCompliant() + "/" + c.computers())
                .containsExactly("Birch Legal 1/1", "Alder Dental 1/4");
        assertThat(o.sessions()).extracting(TenantOverview.SessionLine::status)
                .containsExactly(SessionStatus.FAILED, SessionStatus.RUNNING, SessionStatus.SUCCEEDED);

        model.openTenant(seed.legal);
        assertThat(shown().tenantName()).isEqualTo("Birch Legal");
    }

    @Test
    void everyNumberOpensTheComputersBehindIt() {
        model.openVerdict(Verdict.NON_COMPLIANT);
        model.openStatus(ComputerStatus.ONLINE);
        model.openFailing("Google Chrome");
        model.openInstalling("Google Chrome", "122");
        model.openVerdict(Verdict.UNKNOWN);
        assertThat(opened).extracting(ComputerShortlist::computerIds).containsExactly(Set.of(seed.d1), Set.of(seed.d1, seed.l1),
                Set.of(seed.d1), Set.of(seed.d2), Set.of(seed.d3));
        assertThat(opened.get(0).description()).isEqualTo("1 non-compliant computer in Alder Dental");
        assertThat(opened.get(1).description()).isEqualTo("2 online computers in Alder Dental");
        assertThat(opened).allMatch(ComputerShortlist::includeSubTenants);
    }

    @Test
    void everyPeopleCountOpensThoseOfItsRole() {
        model.openPeople(Optional.of(Role.TENANT_USER));
        model.openPeople(Optional.empty());

        assertThat(openedPeople).extracting(PeopleShortlist::description)
                .containsExactly("1 tenant user (reads) in Alder Dental", "1 person with no app access in Alder Dental");
        assertThat(openedPeople).extracting(PeopleShortlist::role).containsExactly(Optional.of(Role.TENANT_USER), Optional.empty());
        assertThat(openedPeople).allMatch(PeopleShortlist::includeSubTenants);
    }

    @Test
    void anEditReadsTheFleetAgainAndTheNumbersFollow() {
        services().commands().execute(ReassignComputers.to(seed.legal, List.of(seed.d1)), applied -> { }, error -> { });
        assertThat(shown().compliance()).as("ALD-01 left Alder Dental").containsEntry(Verdict.NON_COMPLIANT, 0).containsEntry(Verdict.COMPLIANT, 2);
        select(seed.legal);
        assertThat(shown().compliance()).as("Chrome 120 is fine at Birch Legal, uTorrent is not")
                .containsEntry(Verdict.NON_COMPLIANT, 1).containsEntry(Verdict.COMPLIANT, 1);
    }
}
