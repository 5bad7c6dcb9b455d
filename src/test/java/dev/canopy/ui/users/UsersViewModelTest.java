package dev.canopy.ui.users;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.PeopleShortlist;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Users tab's rules and texts, without a window: who is listed, the person form's checks, saving, removing, undo. */
class UsersViewModelTest extends ViewModelFixture {

    private static final RecordMeta META = RecordMeta.created(Instant.EPOCH, "seed");
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final Person dana = new Person(UUID.randomUUID(), acme, "Dana Cole", "dana@acme.example", Role.TENANT_ADMIN, true, List.of(), META);
    private final Person uma = new Person(UUID.randomUUID(), berlin, "Uma Rossi", "uma@acme.example", null, true, List.of(), META);
    private final List<Throwable> refusals = new ArrayList<>();
    private UsersViewModel model;

    @BeforeEach
    void openTheTab() {
        open(this::seed);
        var services = services();
        model = new UsersViewModel(services.tenants(), services.store(), services.tasks(), services.commands(), services.notices());
        select(acme);
        model.load();
    }

    @AfterEach
    void dispose() {
        model.dispose();
        assertThat(refusals).isEmpty();
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
        store.execute(new SaveRecord<>(PersonKind.INSTANCE, dana));
        store.execute(new SaveRecord<>(PersonKind.INSTANCE, uma));
    }

    private List<String> shownNames() {
        return model.shownPeople().stream().map(Person::displayName).toList();
    }

    private PersonFormModel newPerson() {
        return model.newPerson().orElseThrow();
    }

    private Person shown(String name) {
        return model.shownPeople().stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsTheSelectedTenantsPeopleAndWithTheToggleThoseOfSubTenantsFilteredAsTyped() {
        assertThat(shownNames()).containsExactly("Dana Cole");
        model.includeSubTenantsProperty().set(true);
        assertThat(shownNames()).containsExactlyInAnyOrder("Dana Cole", "Uma Rossi");

        model.filterProperty().set(" UMA ");
        assertThat(shownNames()).containsExactly("Uma Rossi");
        model.filterProperty().set("dana@");
        assertThat(shownNames()).as("by e-mail").containsExactly("Dana Cole");
        model.filterProperty().set("berlin");
        assertThat(shownNames()).as("by tenant").containsExactly("Uma Rossi");
        model.filterProperty().set("");

        select(berlin);
        assertThat(shownNames()).containsExactly("Uma Rossi");
        assertThat(model.tenantName(berlin)).isEqualTo("Acme Berlin");
    }

    @Test
    void aShortlistFromTheOverviewShowsOnlyThoseActivePeopleOfItsRoleUntilClearedOrAnotherTenantIsSelected() {
        model.showOnly(new PeopleShortlist("1 person with no app access in Acme", Optional.empty(), true));
        assertThat(model.includeSubTenantsProperty().get()).isTrue();
        assertThat(shownNames()).as("Uma has no role; Dana has one").containsExactly("Uma Rossi");
        model.filterProperty().set("dana");
        assertThat(shownNames()).as("the text filter narrows the shortlist").isEmpty();
        model.filterProperty().set("");

        model.clearShortlist();
        assertThat(shownNames()).containsExactlyInAnyOrder("Dana Cole", "Uma Rossi");

        model.showOnly(new PeopleShortlist("…", Optional.empty(), true));
        select(berlin);
        assertThat(model.shortlistProperty().get()).as("a shortlist belongs to its tenant").isNull();
    }

    @Test
    void aNewPersonNeedsANameAndAValidEmailBeforeOk() {
        PersonFormModel form = newPerson();
        assertThat(form.title()).isEqualTo("Add person");
        assertThat(form.header()).isEqualTo("Add a person to Acme");
        assertThat(form.tenantProperty().get().id()).isEqualTo(acme);
        assertThat(form.tenantChoices()).extracting(t -> t.name()).containsExactly("Acme", "Acme Berlin");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.errorProperty(PersonFormModel.NAME).get()).isEqualTo("Name is required.");
        assertThat(form.errorProperty(PersonFormModel.EMAIL).get()).isEqualTo("E-mail is required.");

        form.nameProperty().set("Alex Kim");
        form.emailProperty().set("alex@acme");
        assertThat(form.errorProperty(PersonFormModel.NAME).get()).isEmpty();
        assertThat(form.errorProperty(PersonFormModel.EMAIL).get()).isEqualTo("\"alex@acme\" is not a valid e-mail address.");
        assertThat(form.validProperty().get()).isFalse();
        form.emailProperty().set("alex@acme.example");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void anEmailIsUniquePerTenant() {
        PersonFormModel form = newPerson();
        form.nameProperty().set("Alex Kim");
        form.emailProperty().set("DANA@acme.example");
        assertThat(form.errorProperty(PersonFormModel.EMAIL).get()).isEqualTo("Acme already has Dana Cole with dana@acme.example.");
        assertThat(form.validProperty().get()).isFalse();

        form.tenantProperty().set(form.tenantChoices().get(1));
        assertThat(form.errorProperty(PersonFormModel.EMAIL).get()).as("Acme Berlin has no Dana").isEmpty();
        form.emailProperty().set("uma@acme.example");
        assertThat(form.errorProperty(PersonFormModel.EMAIL).get()).isEqualTo("Acme Berlin already has Uma Rossi with uma@acme.example.");

        PersonFormModel editDana = model.edit(shown("Dana Cole")).orElseThrow();
        assertThat(editDana.title()).isEqualTo("Edit Dana Cole");
        assertThat(editDana.errorProperty(PersonFormModel.EMAIL).get()).as("a person keeps their own address").isEmpty();
        assertThat(editDana.validProperty().get()).isTrue();
    }

    @Test
    void mspAdminIsOfferedAndAllowedOnlyInTheMspTenant() {
        PersonFormModel inAcme = newPerson();
        assertThat(inAcme.roleChoices()).containsExactly(null, Role.TECHNICIAN, Role.TENANT_ADMIN, Role.TENANT_USER);
        inAcme.nameProperty().set("Alex Kim");
        inAcme.emailProperty().set("alex@acme.example");
        inAcme.roleProperty().set(Role.MSP_ADMIN);
        assertThat(inAcme.errorProperty(PersonFormModel.ROLE).get()).isEqualTo("MSP admin exists only in the MSP tenant.");
        assertThat(inAcme.validProperty().get()).isFalse();

        select(msp);
        PersonFormModel inMsp = newPerson();
        assertThat(inMsp.roleChoices()).containsExactly(null, Role.MSP_ADMIN, Role.TECHNICIAN, Role.TENANT_ADMIN, Role.TENANT_USER);
        inMsp.nameProperty().set("Sam Lee");
        inMsp.emailProperty().set("sam@northwind.example");
        inMsp.roleProperty().set(Role.MSP_ADMIN);
        assertThat(inMsp.errorProperty(PersonFormModel.ROLE).get()).isEmpty();
        assertThat(inMsp.validProperty().get()).isTrue();
        inMsp.tenantProperty().set(inMsp.tenantChoices().stream().filter(t -> t.id().equals(acme)).findFirst().orElseThrow());
        assertThat(inMsp.roleChoices()).doesNotContain(Role.MSP_ADMIN);
        assertThat(inMsp.errorProperty(PersonFormModel.ROLE).get()).as("moved out of the MSP tenant").isEqualTo("MSP admin exists only in the MSP tenant.");
    }

    @Test
    void addingAPersonIsOneUndoableEdit() {
        PersonFormModel form = newPerson();
        form.nameProperty().set(" Alex Kim ");
        form.emailProperty().set("Alex@Acme.Example");
        form.roleProperty().set(Role.TENANT_USER);
        form.save(applied -> { }, refusals::add);

        assertThat(shownNames()).containsExactlyInAnyOrder("Alex Kim", "Dana Cole");
        assertThat(shown("Alex Kim").email()).isEqualTo("alex@acme.example");
        assertThat(store().records(PersonKind.INSTANCE, List.of(acme))).extracting(Person::role).contains(Role.TENANT_USER);
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo creation of Alex Kim");
        main.undo(refusals::add);
        assertThat(shownNames()).containsExactly("Dana Cole");
    }

    @Test
    void editingARoleIsSavedAndShown() {
        PersonFormModel form = model.edit(shown("Dana Cole")).orElseThrow();
        assertThat(form.roleProperty().get()).isEqualTo(Role.TENANT_ADMIN);
        form.roleProperty().set(Role.TECHNICIAN);
        form.save(applied -> { }, refusals::add);
        assertThat(store().records(PersonKind.INSTANCE, List.of(acme))).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Role.TECHNICIAN));
        assertThat(shown("Dana Cole").role()).isEqualTo(Role.TECHNICIAN);
    }

    @Test
    void anAddressTakenSinceTheFormCheckedItIsRefusedAtTheField() {
        PersonFormModel form = newPerson();
        form.nameProperty().set("Alex Kim");
        form.emailProperty().set("alex@acme.example");
        Person meanwhile = new Person(UUID.randomUUID(), acme, "Alex Early", "alex@acme.example", null, true, List.of(), META);
        main.execute(new SaveRecord<>(PersonKind.INSTANCE, meanwhile), applied -> { }, refusals::add);

        form.save(applied -> { }, refusals::add);
        assertThat(form.errorProperty(PersonFormModel.EMAIL).get()).isEqualTo("Acme already has Alex Early with alex@acme.example.");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(shownNames()).containsExactlyInAnyOrder("Alex Early", "Dana Cole");
    }

    @Test
    void removingAPersonAsksWithTheirAddressAndUndoBringsThemBack() {
        Person shownDana = shown("Dana Cole");
        assertThat(model.removeQuestion(shownDana)).isEqualTo("Remove Dana Cole (dana@acme.example) from Acme? You can undo this with Ctrl+Z.");
        model.remove(shownDana, refusals::add);
        assertThat(shownNames()).isEmpty();
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo deletion of Dana Cole");

        main.undo(refusals::add);
        assertThat(shownNames()).containsExactly("Dana Cole");
    }
}
