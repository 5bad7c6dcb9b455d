package dev.canopy.ui.history;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The History tab's rules without a window: which entries it lists and how they read, its filters, restoring a deleted tenant. */
class HistoryViewModelTest extends ViewModelFixture {

    private final HistorySeed seed = new HistorySeed();
    private final List<Throwable> refusals = new ArrayList<>();
    private HistoryViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::seed);
        var s = services();
        model = new HistoryViewModel(s.tenants(), s.store(), s.tasks(), s.commands(), s.notices());
        model.showingProperty().set(true);
    }

    private void run(Command command) {
        services().commands().execute(command, applied -> { }, refusals::add);
        assertThat(refusals).isEmpty();
    }

    private List<String> actions() {
        return model.entries().stream().map(HistoryEntry::action).toList();
    }

    @Test
    void listsTheSelectedTenantsChangesNewestFirstWithBeforeAndAfter() {
        LocalDate before = LocalDate.now();
        run(new UpdateTenant(seed.globex, TenantChanges.rename("Globex Corp")));
        LocalDate after = LocalDate.now();  // the store's clock is real: the rename may fall either side of midnight
        select(seed.globex);

        assertThat(actions()).containsExactly("tenant.update", "tenant.create");
        HistoryEntry rename = model.entries().get(0);
        assertThat(rename.changes()).isEqualTo("name: Globex → Globex Corp; slug: globex → globex-corp");
        assertThat(rename.record()).isEqualTo("tenant Globex Corp");
        assertThat(rename.when().substring(0, 10)).isIn(before.toString(), after.toString());
        assertThat(rename.canRestore()).isFalse();
    }

    @Test
    void timesReadInTheZoneChosenInSettings() {
        run(new UpdateTenant(seed.globex, TenantChanges.rename("Globex Corp")));
        select(seed.globex);
        try {
            dev.canopy.ui.common.DisplayZone.use(java.time.ZoneOffset.ofHours(-10));
            String honolulu = HistoryEntry.of(firstAudit(), TenantNames.read(store())).when();
            dev.canopy.ui.common.DisplayZone.use(java.time.ZoneOffset.ofHours(4));
            String dubai = HistoryEntry.of(firstAudit(), TenantNames.read(store())).when();
            java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            assertThat(java.time.Duration.between(java.time.LocalDateTime.parse(honolulu, when), java.time.LocalDateTime.parse(dubai, when)))
                    .as("the same moment, 14 hours apart on the wall clock").isEqualTo(java.time.Duration.ofHours(14));
        } finally {
            dev.canopy.ui.common.DisplayZone.use(null);
        }
    }

    private dev.canopy.store.AuditRecord firstAudit() {
        return store().auditOf(seed.globex).get(0);
    }

    @Test
    void readsNothingUntilShown() {
        var before = List.copyOf(model.entries());
        model.showingProperty().set(false);
        select(seed.globex);
        run(new UpdateTenant(seed.globex, TenantChanges.rename("Globex Corp")));
        assertThat(model.entries()).as("still the entries shown before it was hidden").isEqualTo(before);

        model.showingProperty().set(true);
        assertThat(actions()).containsExactly("tenant.update", "tenant.create");
    }

    @Test
    void thisTenantListsItsOwnEntriesAndAllTenantsListsEveryone() {
        select(seed.globex);
        assertThat(model.entries()).extracting(HistoryEntry::record).containsExactly("tenant Globex");

        model.scopeProperty().set(HistoryViewModel.Scope.ALL_TENANTS);
        assertThat(model.entries()).extracting(HistoryEntry::record).containsExactly("tenant Initech (deleted)", "tenant Globex");
    }

    @Test
    void filtersByKindOfRecordAndByDate() {
        run(ReassignComputers.to(seed.globex, List.of(seed.pc)));
        select(seed.globex);
        assertThat(actions()).containsExactly("computer.reassign", "tenant.create");

        model.kindProperty().set(HistoryViewModel.Kind.COMPUTERS);
        assertThat(model.entries()).singleElement().satisfies(e -> {
            assertThat(e.record()).isEqualTo("computer in Globex");
            assertThat(e.changes()).contains("Acme → Globex");
        });
        model.kindProperty().set(HistoryViewModel.Kind.PEOPLE);
        assertThat(model.entries()).isEmpty();
        model.kindProperty().set(HistoryViewModel.Kind.ALL);

        LocalDate today = LocalDate.now();
        model.sinceProperty().set(today.plusDays(1));
        assertThat(model.entries()).isEmpty();
        model.sinceProperty().set(today.minusDays(1));  // not today: the seed may have been written just before midnight
        assertThat(actions()).containsExactly("computer.reassign", "tenant.create");
    }

    @Test
    void aDeletedTenantReadsAsDeletedAndCanBeRestoredButANameThatOnlyLooksDeletedCannot() {
        run(new DeleteTenant(seed.globex));
        model.scopeProperty().set(HistoryViewModel.Scope.ALL_TENANTS);

        HistoryEntry deletion = model.entries().get(0);
        assertThat(deletion.action()).isEqualTo("tenant.delete");
        assertThat(deletion.record()).isEqualTo("tenant Globex (deleted)");
        assertThat(deletion.canRestore()).isTrue();
        assertThat(model.entries()).filteredOn(e -> e.record().equals("tenant Initech (deleted)"))
                .singleElement().satisfies(e -> assertThat(e.canRestore()).isFalse());

        model.restore(deletion, refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(main.hierarchy().node(seed.globex)).isPresent();
        assertThat(main.selectedTenant()).isEqualTo(seed.globex);
        assertThat(model.entries()).noneMatch(HistoryEntry::canRestore);
        assertThat(model.entries()).extracting(HistoryEntry::record).contains("tenant Globex").doesNotContain("tenant Globex (deleted)");
    }
}
