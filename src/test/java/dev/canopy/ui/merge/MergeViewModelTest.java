package dev.canopy.ui.merge;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge wizard's rules without a window: where a tenant may go, the plan and its collisions, the choices, merge and undo. */
class MergeViewModelTest extends ViewModelFixture {

    private final MergeSeed seed = new MergeSeed();
    private final List<Throwable> refusals = new ArrayList<>();
    private MergeViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::seed);
        model = new MergeViewModel(services().tenants(), services().store(), services().tasks(), services().commands(), seed.source);
    }

    private List<String> peopleOf(UUID tenant) {
        return store().records(PersonKind.INSTANCE, List.of(tenant)).stream().map(Person::displayName).toList();
    }

    private List<String> schedulesOf(UUID tenant) {
        return store().records(ScheduleKind.INSTANCE, List.of(tenant)).stream().map(MaintenanceSchedule::name).toList();
    }

    @Test
    void theDestinationsAreEveryTenantButTheSourceAndWhatIsInsideIt() {
        assertThat(model.header()).isEqualTo("Merge Acme Old into another tenant");
        assertThat(model.destinations()).extracting(TenantNode::name).containsExactly("Northwind", "Acme");

        model.destinationFilterProperty().set("ACME");
        assertThat(model.destinations()).extracting(model::pathOf).containsExactly("Northwind › Acme");
        assertThat(model.summaryProperty().get()).isEqualTo("Choose the tenant to merge into.");
        assertThat(model.canMergeProperty().get()).isFalse();
    }

    @Test
    void thePlanSaysWhatMovesAndOffersTheChoicesEachCollisionAllows() {
        model.choose(seed.destination);

        assertThat(model.summaryProperty().get()).isEqualTo("Moves 1 computer, 1 person, 1 schedule, 0 deployments and 1 child tenant"
                + " from Acme Old to Acme, then deletes Acme Old (Ctrl+Z brings it back).");
        assertThat(model.collisions()).extracting(CollisionDecision::description)
                .containsExactly("Alex Old and Alex New share alex@acme.example", "Both have a schedule named \"Nightly\"");
        CollisionDecision person = model.collisions().get(0);
        assertThat(person.choices()).containsExactly(Collision.Choice.KEEP_DESTINATION, Collision.Choice.KEEP_SOURCE);
        assertThat(person.choiceProperty().get()).isEqualTo(Collision.Choice.KEEP_DESTINATION);
        CollisionDecision schedule = model.collisions().get(1);
        assertThat(schedule.choices()).containsExactly(Collision.Choice.KEEP_BOTH_RENAMED, Collision.Choice.KEEP_DESTINATION,
                Collision.Choice.KEEP_SOURCE);
        assertThat(schedule.choiceProperty().get()).isEqualTo(Collision.Choice.KEEP_BOTH_RENAMED);
        assertThat(model.collisionsNoteProperty().get()).isEmpty();
        assertThat(model.canMergeProperty().get()).isTrue();
    }

    @Test
    void intoATenantWithNothingInCommonNothingClashesAndChoosingNoneClearsThePlan() {
        model.choose(seed.msp);
        assertThat(model.collisions()).isEmpty();
        assertThat(model.collisionsNoteProperty().get()).isEqualTo("None: nothing clashes.");

        model.choose(null);
        assertThat(model.summaryProperty().get()).isEqualTo("Choose the tenant to merge into.");
        assertThat(model.collisionsNoteProperty().get()).isEmpty();
        assertThat(model.canMergeProperty().get()).isFalse();
    }

    @Test
    void aDestinationThatIsGoneSaysSoAndCannotBeMergedInto() {
        UUID brief = UUID.randomUUID();
        services().commands().execute(new CreateTenant(brief, seed.msp, "Acme Brief"), applied -> { }, refusals::add);
        services().commands().execute(new DeleteTenant(brief), applied -> { }, refusals::add);
        assertThat(refusals).isEmpty();

        model.choose(brief);

        assertThat(model.summaryProperty().get()).isEqualTo("The destination tenant no longer exists.");
        assertThat(model.canMergeProperty().get()).isFalse();
    }

    @Test
    void mergingAppliesTheChosenOutcomesInOneUndoableStep() {
        model.choose(seed.destination);
        model.collisions().get(0).choiceProperty().set(Collision.Choice.KEEP_SOURCE);

        model.merge(refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(main.hierarchy().node(seed.source)).isEmpty();
        assertThat(main.hierarchy().node(seed.branch).orElseThrow().parentId()).isEqualTo(seed.destination);
        assertThat(main.selectedTenant()).isEqualTo(seed.destination);
        assertThat(peopleOf(seed.destination)).containsExactly("Alex Old");
        assertThat(schedulesOf(seed.destination)).containsExactlyInAnyOrder("Nightly", "Nightly (from Acme Old)");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo merge of Acme Old into Acme");

        main.undo(refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(main.hierarchy().node(seed.source)).isPresent();
        assertThat(main.hierarchy().node(seed.branch).orElseThrow().parentId()).isEqualTo(seed.source);
        assertThat(store().computersByIds(List.of(seed.pc), false).get(0).tenantId()).isEqualTo(seed.source);
        assertThat(peopleOf(seed.destination)).containsExactly("Alex New");
        assertThat(peopleOf(seed.source)).containsExactly("Alex Old");
        assertThat(schedulesOf(seed.destination)).containsExactly("Nightly");
    }
}
