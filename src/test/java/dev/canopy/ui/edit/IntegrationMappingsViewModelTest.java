package dev.canopy.ui.edit;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappings.Mapping;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Edit tab's integration mappings without a window: what the table shows, Add / Change / Remove, their checks, saving. */
class IntegrationMappingsViewModelTest extends ViewModelFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final List<Throwable> refusals = new ArrayList<>();
    private TenantEditViewModel form;
    private IntegrationMappingsModel mappings;

    @BeforeEach
    void openTheEditor() {
        open(this::seed);
        var services = services();
        form = new TenantEditViewModel(services.tenants(), services.store(), services.tasks(), services.commands(), services.notices());
        mappings = form.mappings();
    }

    @AfterEach
    void dispose() {
        form.dispose();
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
        store.execute(new CreateTenant(globex, msp, "Globex"));
        store.execute(new UpdateTenant(acme, TenantChanges.mappings(List.of(new ExternalRef("autotask", "4711"), new ExternalRef("datto-rmm", "A-1")))));
        store.execute(new UpdateTenant(berlin, TenantChanges.mappings(List.of(new ExternalRef("datto-rmm", "B-7")))));
        store.execute(new UpdateTenant(globex, TenantChanges.mappings(List.of(new ExternalRef("autotask", "9")))));
    }

    private void type(String source, String externalId) {
        mappings.sourceProperty().set(source);
        mappings.externalIdProperty().set(externalId);
    }

    private Mapping row(String source) {
        return mappings.rows().stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void theTableShowsOwnAndInheritedMappingsWithWhereEachComesFrom() {
        form.load(berlin);

        assertThat(mappings.rows()).extracting(Mapping::source, Mapping::externalId, Mapping::origin).containsExactly(
                tuple("autotask", "4711", "Inherited from Acme"),
                tuple("datto-rmm", "B-7", "Own, replaces A-1 inherited from Acme"));
        assertThat(mappings.sourceSuggestions()).as("the import presets' sources and those in use")
                .containsExactly("atera", "autotask", "datto-rmm", "ninjaone");

        form.load(acme);
        assertThat(mappings.rows()).extracting(Mapping::origin).containsExactly("Own", "Own");
    }

    @Test
    void addIsCheckedAndRefusalsNameTheFieldAndValueAndChangeNothing() {
        form.load(berlin);

        type(" ", "12");
        mappings.add();
        assertThat(mappings.errorProperty().get()).isEqualTo("Source is required.");

        type("AUTOTASK", "9");
        mappings.add();
        assertThat(mappings.errorProperty().get()).isEqualTo("External id 9 is already used by Globex for AUTOTASK.");

        type("Datto-RMM", "B-8");
        mappings.add();
        assertThat(mappings.errorProperty().get())
                .isEqualTo("Acme Berlin already has a mapping for datto-rmm (external id B-7): select it and choose Change, or Remove it first.");
        assertThat(mappings.rows()).hasSize(2);
        assertThat(form.isDirty()).as("nothing was added").isFalse();
        assertThat(mappings.sourceProperty().get()).as("the typed values stay to be corrected").isEqualTo("Datto-RMM");
    }

    @Test
    void anAddedMappingReplacesTheInheritedOneAndSavesAsOneUndoableEdit() {
        form.load(berlin);
        type(" autotask ", " 4712 ");
        mappings.add();

        assertThat(mappings.errorProperty().get()).isEmpty();
        assertThat(row("autotask").origin()).isEqualTo("Own, replaces 4711 inherited from Acme");
        assertThat(mappings.sourceProperty().get()).as("the editor is cleared for the next one").isEmpty();
        assertThat(form.isDirty()).isTrue();
        assertThat(store().tenant(berlin).orElseThrow().externalRefs()).as("not saved until Save").hasSize(1);

        form.save(() -> { });
        assertThat(store().tenant(berlin).orElseThrow().externalRefs())
                .containsExactly(new ExternalRef("autotask", "4712"), new ExternalRef("datto-rmm", "B-7"));
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo integration mappings of Acme Berlin");
        assertThat(form.isDirty()).isFalse();

        main.undo(refusals::add);
        assertThat(refusals).isEmpty();
        assertThat(row("autotask").origin()).as("the form follows the undo").isEqualTo("Inherited from Acme");
    }

    @Test
    void selectingAnOwnRowChangesOrRemovesItAndRevertBringsTheSavedOnesBack() {
        form.load(berlin);
        mappings.selectedProperty().set(row("autotask"));
        assertThat(mappings.canChangeBinding().get()).as("an inherited row is changed at its owner").isFalse();
        assertThat(mappings.sourceProperty().get()).as("its source offered for an own one").isEqualTo("autotask");
        assertThat(mappings.externalIdProperty().get()).isEmpty();

        mappings.selectedProperty().set(row("datto-rmm"));
        assertThat(mappings.externalIdProperty().get()).isEqualTo("B-7");
        mappings.externalIdProperty().set("B-9");
        mappings.change();
        assertThat(row("datto-rmm").externalId()).isEqualTo("B-9");

        mappings.selectedProperty().set(row("datto-rmm"));
        mappings.remove();
        assertThat(row("datto-rmm").origin()).as("the inherited one shows again").isEqualTo("Inherited from Acme");
        assertThat(row("datto-rmm").externalId()).isEqualTo("A-1");

        form.revert();
        assertThat(row("datto-rmm").externalId()).isEqualTo("B-7");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void anIdAnotherTenantTookAfterItWasAddedIsRefusedAtSaveInTheMappingsMessage() {
        form.load(berlin);
        type("ninjaone", "77");
        mappings.add();
        main.execute(new UpdateTenant(globex, TenantChanges.mappings(List.of(new ExternalRef("autotask", "9"), new ExternalRef("ninjaone", "77")))),
                applied -> { }, refusals::add);

        form.save(() -> { });

        assertThat(mappings.errorProperty().get()).isEqualTo("External id 77 is already used by Globex for ninjaone.");
        assertThat(store().tenant(berlin).orElseThrow().externalRefs()).containsExactly(new ExternalRef("datto-rmm", "B-7"));
        assertThat(form.isDirty()).as("the draft stays to be corrected").isTrue();
    }
}
