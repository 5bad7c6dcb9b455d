package dev.canopy.ui.edit;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Edit tab's rules and texts, without a window: each field's message, the inherited time zone, saving. */
class TenantEditViewModelTest extends ViewModelFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID acmeOffice = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID globexOffice = UUID.randomUUID();
    private final List<Throwable> refusals = new ArrayList<>();
    private TenantEditViewModel model;

    @BeforeEach
    void openTheEditor() {
        open(this::seed);
        var services = services();
        model = new TenantEditViewModel(services.tenants(), services.store(), services.tasks(), services.commands(), services.notices());
    }

    @AfterEach
    void dispose() {
        model.dispose();
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new UpdateTenant(acme, new TenantChanges(null, null, null, "Europe/Berlin", null)));
        store.execute(new CreateTenant(acmeOffice, acme, "Berlin Office"));
        store.execute(new CreateTenant(globex, msp, "Globex"));
        store.execute(new CreateTenant(globexOffice, globex, "berlin office"));
    }

    private String error(String field) {
        return model.errorProperty(field).get();
    }

    private TenantNode node(UUID id) {
        return main.hierarchy().node(id).orElseThrow();
    }

    @Test
    void loadsTheTenantsFieldsCleanAndValid() {
        model.load(globex);
        assertThat(model.nameProperty().get()).isEqualTo("Globex");
        assertThat(model.parentProperty().get().id()).isEqualTo(msp);
        assertThat(model.kindProperty().get()).isEqualTo(TenantKind.CLIENT);
        assertThat(model.timeZoneProperty().get()).isEmpty();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.isValid()).isTrue();
        assertThat(model.pathOf(node(globexOffice))).isEqualTo("Northwind › Globex › berlin office");
    }

    @Test
    void aNameIsRequiredHasAtMost120CharactersAndIsNotASiblingsIgnoringCase() {
        model.load(globex);
        model.nameProperty().set("  ");
        assertThat(error("name")).isEqualTo("Name is required.");
        assertThat(model.isValid()).isFalse();

        model.nameProperty().set("x".repeat(121));
        assertThat(error("name")).isEqualTo("Name is 121 characters; at most 120 are allowed.");

        model.nameProperty().set("acme");
        assertThat(error("name")).isEqualTo("\"Northwind\" already has a tenant named \"Acme\".");
        assertThat(model.isValid()).isFalse();

        model.nameProperty().set("GLOBEX");
        assertThat(error("name")).as("its own name in other case").isEmpty();
        assertThat(model.isDirty()).isTrue();
        assertThat(model.isValid()).isTrue();
    }

    @Test
    void theNameTakenMessageIsTheOneTheStoreGives() {
        model.load(globex);
        model.nameProperty().set("Acme");
        main.execute(new UpdateTenant(globex, TenantChanges.rename("Acme")), applied -> { }, refusals::add);
        assertThat(refusals).singleElement().satisfies(refused -> assertThat(refused).hasMessage(error("name")));
    }

    @Test
    void movingChecksTheNameAmongTheNewSiblingsAtTheNameAndOffersNoParentInsideTheTenant() {
        model.load(acmeOffice);
        model.parentProperty().set(node(globex));
        assertThat(error("name")).isEqualTo("\"Globex\" already has a tenant named \"berlin office\".");
        assertThat(error("parent")).as("the clash is shown once, at the name").isEmpty();
        assertThat(model.kindProperty().get()).isEqualTo(TenantKind.SUB);

        model.nameProperty().set("Berlin Branch");
        assertThat(model.isValid()).isTrue();
        model.save(() -> { });
        assertThat(store().tenant(acmeOffice).orElseThrow().parentId()).isEqualTo(globex);
        assertThat(store().tenant(acmeOffice).orElseThrow().name()).isEqualTo("Berlin Branch");

        model.load(acme);
        assertThat(model.parentChoices()).extracting(TenantNode::name).containsExactly("Northwind", "Globex", "Berlin Branch", "berlin office");
    }

    @Test
    void aChosenParentThatMovedInsideTheTenantMeanwhileIsRefusedAtTheParent() {
        model.load(acme);
        model.parentProperty().set(node(globex));
        assertThat(error("parent")).isEmpty();
        main.execute(new UpdateTenant(globex, TenantChanges.move(acmeOffice)), applied -> { }, refusals::add);
        assertThat(error("parent")).isEqualTo("\"Globex\" is inside \"Acme\"; a tenant cannot move under its own descendant.");
        assertThat(model.isValid()).isFalse();
        assertThat(refusals).isEmpty();
    }

    @Test
    void kindFollowsTheParent() {
        model.load(acmeOffice);
        model.kindProperty().set(TenantKind.CLIENT);
        assertThat(model.parentProperty().get().id()).as("a client sits under the MSP").isEqualTo(msp);
        model.kindProperty().set(TenantKind.SUB);
        assertThat(error("kind")).isEqualTo("A sub-tenant sits under a client or another sub-tenant: choose that parent below.");
        model.parentProperty().set(node(globex));
        assertThat(error("kind")).isEmpty();
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndEmptySaysWhatItInheritsAndFromWhere() {
        model.load(acmeOffice);
        assertThat(model.inheritedZoneProperty().get()).isEqualTo("Empty inherits Europe/Berlin from \"Acme\".");
        model.timeZoneProperty().set("Mars/Olympus");
        assertThat(error("timeZone")).isEqualTo("\"Mars/Olympus\" is not a known time zone (use an IANA id such as Europe/Berlin).");
        model.timeZoneProperty().set("Asia/Tokyo");
        assertThat(error("timeZone")).isEmpty();

        model.revert();
        model.parentProperty().set(node(globex));
        assertThat(model.inheritedZoneProperty().get()).as("under the new parent")
                .isEqualTo("Empty inherits nothing: no ancestor sets a time zone, so schedules use UTC.");
        model.load(msp);
        assertThat(model.inheritedZoneProperty().get()).isEqualTo("No time zone set: schedules fall back to UTC.");
    }

    @Test
    void aDescriptionHasAtMost2000Characters() {
        model.load(globex);
        model.descriptionProperty().set("x".repeat(2001));
        assertThat(error("description")).isEqualTo("Description is 2001 characters; at most 2000 are allowed.");
        model.descriptionProperty().set("x".repeat(2000));
        assertThat(error("description")).isEmpty();
    }

    @Test
    void tagsAreCheckedAndSavedTrimmedWithoutDuplicates() {
        model.load(globex);
        model.tagsProperty().set("vip, " + "x".repeat(41));
        assertThat(error("tags")).isEqualTo("Tag \"" + "x".repeat(41) + "\" is longer than 40 characters.");
        model.tagsProperty().set("vip, manufacturing , VIP");
        assertThat(error("tags")).isEmpty();
        model.save(() -> { });
        assertThat(store().tenant(globex).orElseThrow().tags()).containsExactly("vip", "manufacturing");
        model.tagsProperty().set(" vip,manufacturing");
        assertThat(model.isDirty()).as("the same tags written differently").isFalse();
    }

    @Test
    void savingIsOneUndoableEditAndLeavesTheFormClean() {
        model.load(globex);
        model.nameProperty().set("Globex Industries");
        model.descriptionProperty().set("Manufacturing");
        boolean[] saved = new boolean[1];
        model.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        var stored = store().tenant(globex).orElseThrow();
        assertThat(stored.name()).isEqualTo("Globex Industries");
        assertThat(stored.description()).isEqualTo("Manufacturing");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo edit of Globex Industries");
        assertThat(model.isDirty()).isFalse();

        main.undo(refusals::add);
        assertThat(model.nameProperty().get()).as("a clean form follows the data").isEqualTo("Globex");
    }

    @Test
    void anEditElsewhereReloadsACleanFormAndRechecksADirtyOne() {
        model.load(globex);
        main.execute(new UpdateTenant(globex, TenantChanges.rename("Globex Corp")), applied -> { }, refusals::add);
        assertThat(model.nameProperty().get()).isEqualTo("Globex Corp");

        model.nameProperty().set("Initech");
        main.execute(new CreateTenant(UUID.randomUUID(), msp, "Initech"), applied -> { }, refusals::add);
        assertThat(model.nameProperty().get()).as("the technician's edit stays").isEqualTo("Initech");
        assertThat(error("name")).isEqualTo("\"Northwind\" already has a tenant named \"Initech\".");
        assertThat(refusals).isEmpty();
    }
}
