package dev.canopy.ui.computers;

import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reassigning without a window: what the what-if sheet says, the move as one undo step, and undo. */
class ReassignViewModelTest extends ViewModelFixture {

    private final ComputersSeed seed = new ComputersSeed();
    private final List<String> notices = new ArrayList<>();
    private final List<WhatIfSheet> sheets = new ArrayList<>();
    private final List<Throwable> refusals = new ArrayList<>();
    private ReassignViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::seed);
        model = new ReassignViewModel(services().tenants(), services().store(), services().tasks(), services().commands(), notices::add);
    }

    private WhatIfSheet preview(List<UUID> computers, UUID target) {
        model.preview(computers, target, sheets::add, refusals::add);
        assertThat(refusals).isEmpty();
        return sheets.get(sheets.size() - 1);
    }

    @Test
    void aReassignOfNoComputersIsRefusedWithAReasonAndReadsNothing() {
        model.preview(List.of(), seed.legal, sheets::add, refusals::add);
        assertThat(sheets).isEmpty();
        assertThat(refusals).singleElement().satisfies(e -> assertThat(e).hasMessage("No computers are selected to reassign."));
    }

    @Test
    void theWhatIfListsEverythingTheMoveWouldChange() {
        WhatIfSheet sheet = preview(List.of(seed.pc1, seed.pc2), seed.legal);

        assertThat(notices).containsExactly("Working out what reassigning 2 computers to Birch Legal changes…", "");
        assertThat(sheet.header()).isEqualTo("Reassign 2 computers to Birch Legal?");
        assertThat(sheet.nothingElse()).isEmpty();
        assertThat(sheet.section("whatIfGained").lines()).containsExactly("• Clio: Any version (Tenant, Birch Legal) — 2 computers");
        assertThat(sheet.section("whatIfLost").lines()).containsExactly("• Dentrix: Any version (Tenant, Alder Dental) — 2 computers");
        assertThat(sheet.section("whatIfSchedules").lines()).containsExactly("• Nightly patching — Every day at 02:00 (from Northwind)");
        assertThat(sheet.section("whatIfZone").lines()).containsExactly("• America/New_York → Europe/Berlin");
        assertThat(sheet.section("whatIfPreferences").lines()).containsExactly("• Reboot preference: Normal → Suppress (from Alder Dental)");
        assertThat(sheet.section("whatIfNonCompliant").lines()).containsExactly("• ALD-LT-0001", "• ALD-LT-0002");
    }

    @Test
    void aMoveUnderTheSameRulesSaysNothingElseChanges() {
        WhatIfSheet sheet = preview(List.of(seed.labPc), seed.dental);

        assertThat(sheet.header()).isEqualTo("Reassign 1 computer to Alder Dental?");
        assertThat(sheet.nothingElse()).isEqualTo("Nothing else changes: the same deployments, settings and time zone apply there.");
        assertThat(sheet.section("whatIfGained").lines()).containsExactly("None");
        assertThat(sheet.section("whatIfLost").lines()).containsExactly("None");
        assertThat(sheet.section("whatIfZone").lines()).containsExactly("• America/New_York (unchanged)");
        assertThat(sheet.section("whatIfPreferences").lines()).containsExactly("None");
        assertThat(sheet.section("whatIfNonCompliant").lines()).containsExactly("None");
    }

    @Test
    void computersFromSeveralTenantsMoveInOneStepAndUndoSendsEachBackToItsOwnTenant() {
        List<UUID> moving = List.of(seed.pc1, seed.labPc, seed.legalPc);
        Map<UUID, UUID> before = ComputersSeed.tenantsOf(store(), moving);
        assertThat(before.values()).containsExactlyInAnyOrder(seed.dental, seed.lab, seed.legal);

        model.reassign(moving, seed.vet, refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(notices).containsExactly("Reassigning 3 computers to Cedar Vet…");
        assertThat(ComputersSeed.tenantsOf(store(), moving)).containsOnlyKeys(moving).allSatisfy((pc, tenant) -> assertThat(tenant).isEqualTo(seed.vet));
        assertThat(main.hierarchy().node(seed.vet).orElseThrow().computers()).isEqualTo(3);
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo reassign of 3 computers to Cedar Vet");
        assertThat(store().auditOf(seed.pc1)).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("computer.reassign"));

        main.undo(refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(ComputersSeed.tenantsOf(store(), moving)).isEqualTo(before);
        assertThat(main.hierarchy().node(seed.vet).orElseThrow().computers()).isZero();
    }

    @Test
    void aComputerThatIsGoneIsRefusedAndNothingMoves() {
        model.reassign(List.of(seed.pc1, UUID.randomUUID()), seed.legal, refusals::add);

        assertThat(refusals).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("no longer exists"));
        assertThat(ComputersSeed.tenantsOf(store(), List.of(seed.pc1))).containsEntry(seed.pc1, seed.dental);
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
    }
}
