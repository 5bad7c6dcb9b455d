package dev.canopy.imports.entra;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.imports.ImportPlan.FieldChange;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The dry run of an Entra import into one tenant: new, changed field by field, unchanged, missing, guests, problems. */
class PersonImportPlannerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private final UUID acme = UUID.randomUUID();

    private static GraphUser user(int index, String id, String name, String mail, String upn, Boolean enabled, String type) {
        return new GraphUser(id, name, mail, upn, enabled, type, 1, index);
    }

    private static GraphUser member(int index, String id, String name, String mail) {
        return user(index, id, name, mail, mail, true, "Member");
    }

    private Person person(String name, String email, String entraId) {
        return new Person(UUID.randomUUID(), acme, name, email, Role.TENANT_USER, true,
                entraId == null ? List.of() : List.of(new ExternalRef("entra", entraId)), META);
    }

    private PersonImportPlan plan(List<Person> here, GuestMode guests, GraphUser... users) {
        PersonImportPlanner planner = new PersonImportPlanner(acme, here, guests, NOW);
        for (GraphUser u : users) {
            planner.add(u);
        }
        return planner.plan();
    }

    @Test
    void newUsersBecomePeopleMappedToTheirObjectIdAndADisabledAccountIsInactive() {
        PersonImportPlan plan = plan(List.of(), GuestMode.SKIP, member(1, "id-ada", " Ada Lovelace ", "Ada@Contoso.example"),
                user(2, "id-ben", "Ben Okafor", null, "ben@contoso.example", false, "Member"));

        assertThat(plan.newPeople()).extracting(n -> n.person().displayName(), n -> n.person().email(), n -> n.person().active(),
                        n -> n.person().role(), n -> n.person().externalRefs(), n -> n.person().tenantId())
                .containsExactly(tuple("Ada Lovelace", "ada@contoso.example", true, null, List.of(new ExternalRef("entra", "id-ada")), acme),
                        tuple("Ben Okafor", "ben@contoso.example", false, null, List.of(new ExternalRef("entra", "id-ben")), acme));
        assertThat(plan.recordsToSave()).hasSize(2).doesNotHaveDuplicates();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void guestsAreLeftOutOrImportedWithTheGuestMark() {
        GraphUser byType = user(1, "id-gus", "Gus Guest", "gus@partner.example", "gus_partner.example#EXT#@contoso.onmicrosoft.com", true, "Guest");
        GraphUser byUpn = user(2, "id-gia", "Gia Guest", "gia@partner.example", "gia_partner.example#EXT#@contoso.onmicrosoft.com", true, null);
        Person mappedGuest = person("Gus Guest", "gus@partner.example", "id-gus");

        PersonImportPlan skipped = plan(List.of(mappedGuest), GuestMode.SKIP, byType, byUpn);
        assertThat(skipped.guestsSkipped()).isEqualTo(2);
        assertThat(skipped.newPeople()).isEmpty();
        assertThat(skipped.missingFromSource()).as("a skipped guest is still in the source").isEmpty();

        PersonImportPlan marked = plan(List.of(), GuestMode.MARK, byType, byUpn);
        assertThat(marked.newPeople()).extracting(n -> n.person().displayName(), PersonImportPlan.NewPerson::guest)
                .containsExactly(tuple("Gus Guest (guest)", true), tuple("Gia Guest (guest)", true));
        assertThat(PersonImportPlanner.marked("x".repeat(200))).hasSize(200).endsWith("x (guest)");
    }

    @Test
    void aPersonIsFoundByObjectIdAfterTheirAddressChangedAndTheChangeIsListedFieldByField() {
        Person ada = person("Ada Lovelace", "ada@contoso.example", "id-ada");
        PersonImportPlan plan = plan(List.of(ada), GuestMode.SKIP,
                user(1, "id-ada", "Ada King", "ada.king@contoso.example", "ada.king@contoso.example", false, "Member"));

        assertThat(plan.newPeople()).isEmpty();
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.after().id()).isEqualTo(ada.id());
            assertThat(c.after().role()).as("the access role is the technician's, kept").isEqualTo(Role.TENANT_USER);
            assertThat(c.after().meta()).isEqualTo(ada.meta());
            assertThat(c.fields()).containsExactly(new FieldChange("name", "Ada Lovelace", "Ada King"),
                    new FieldChange("e-mail", "ada@contoso.example", "ada.king@contoso.example"), new FieldChange("active", "yes", "no"));
        });
    }

    @Test
    void aPersonWithoutMappingIsFoundByAddressIgnoringCaseAndGetsTheMapping() {
        Person ben = person("Ben Okafor", "ben@contoso.example", null);
        PersonImportPlan plan = plan(List.of(ben), GuestMode.SKIP, member(1, "id-ben", "Ben Okafor", "BEN@contoso.example"));

        assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly(new FieldChange("Entra object id", "", "id-ben")));
    }

    @Test
    void mappedPeopleTheSourceNoLongerListsAreReportedNotDeleted() {
        Person gone = person("Old Timer", "old@contoso.example", "id-old");
        Person local = person("Local Only", "local@contoso.example", null);
        PersonImportPlan plan = plan(List.of(gone, local), GuestMode.SKIP, member(1, "id-ada", "Ada", "ada@contoso.example"));

        assertThat(plan.missingFromSource()).containsExactly(gone);
        assertThat(plan.recordsToSave()).extracting(Person::id).doesNotContain(gone.id(), local.id());
    }

    @Test
    void usersThatCannotBeImportedAreListedWithTheirReasons() {
        PersonImportPlan plan = plan(List.of(), GuestMode.SKIP,
                user(1, "id-1", "No Address", null, null, true, "Member"),
                member(2, "id-2", "Bad Address", "not-an-address"),
                member(3, "id-3", " ", "blank@contoso.example"),
                member(4, "id-4", "Ada", "ada@contoso.example"),
                member(5, "id-4", "Ada Again", "ada2@contoso.example"),
                member(6, "id-6", "Ada Twin", "ADA@contoso.example"),
                member(7, "", "No Id", "noid@contoso.example"));

        assertThat(plan.problems()).extracting(PersonImportPlan.Problem::where, PersonImportPlan.Problem::reason).containsExactly(
                tuple("page 1, user 1 (No Address)", "the user has neither a mail address nor a userPrincipalName."),
                tuple("page 1, user 2 (not-an-address)", "\"not-an-address\" is not a valid e-mail address."),
                tuple("page 1, user 3 (blank@contoso.example)", "Name is required."),
                tuple("page 1, user 5 (ada2@contoso.example)", "the source lists object id id-4 twice (first at page 1, user 4 (ada@contoso.example)); only the first is imported."),
                tuple("page 1, user 6 (ADA@contoso.example)", "the source lists ada@contoso.example twice (first at page 1, user 4 (ada@contoso.example)); only the first is imported."),
                tuple("page 1, user 7 (noid@contoso.example)", "the user has no object id."));
        assertThat(plan.newPeople()).extracting(n -> n.person().email()).containsExactly("ada@contoso.example");
    }

    @Test
    void anAddressSomeoneHereKeepsIsHeldBackAndSwappedAddressesToo() {
        Person keeper = person("Kim Keeper", "kim@contoso.example", null);
        Person ada = person("Ada", "ada@contoso.example", "id-ada");
        Person bo = person("Bo", "bo@contoso.example", "id-bo");
        Person cy = person("Cy", "cy@contoso.example", "id-cy");
        PersonImportPlan plan = plan(List.of(keeper, ada, bo, cy), GuestMode.SKIP,
                member(1, "id-ada", "Ada", "kim@contoso.example"),    // Kim is not in the source and keeps kim@
                member(2, "id-bo", "Bo", "cy@contoso.example"),       // Bo and Cy swap addresses
                member(3, "id-cy", "Cy", "bo@contoso.example"),
                member(4, "id-new", "New", "new@contoso.example"));

        assertThat(plan.problems()).extracting(PersonImportPlan.Problem::reason).containsExactly(
                "kim@contoso.example is the address of Kim Keeper here, who keeps it; change or remove that person first.",
                "cy@contoso.example is the address of another person here who would take this person's address in turn; change one of them by hand, then import again.",
                "bo@contoso.example is the address of another person here who would take this person's address in turn; change one of them by hand, then import again.");
        assertThat(plan.recordsToSave()).extracting(Person::email).containsExactly("new@contoso.example");
    }

    @Test
    void aChangeThatGivesUpAnAddressIsSavedBeforeTheOneThatTakesIt(@TempDir Path folder) {
        try (LocalStore store = LocalStore.open(folder)) {
            UUID msp = UUID.randomUUID();
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            Person ada = person("Ada", "ada@contoso.example", "id-ada");
            Person bo = person("Bo", "bo@contoso.example", "id-bo");
            store.execute(new SaveRecord<>(PersonKind.INSTANCE, ada));
            store.execute(new SaveRecord<>(PersonKind.INSTANCE, bo));

            // Bo takes Ada's old address, listed before Ada gives it up; a newcomer takes Bo's old one
            PersonImportPlan plan = plan(store.records(PersonKind.INSTANCE, List.of(acme)), GuestMode.SKIP,
                    member(1, "id-bo", "Bo", "ada@contoso.example"), member(2, "id-ada", "Ada", "ada.new@contoso.example"),
                    member(3, "id-eve", "Eve", "bo@contoso.example"));
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.recordsToSave()).extracting(Person::email)
                    .containsExactly("ada.new@contoso.example", "ada@contoso.example", "bo@contoso.example");

            plan.recordsToSave().forEach(p -> store.execute(new SaveRecord<>(PersonKind.INSTANCE, p)));
            assertThat(store.records(PersonKind.INSTANCE, List.of(acme))).extracting(Person::displayName, Person::email)
                    .containsExactlyInAnyOrder(tuple("Ada", "ada.new@contoso.example"), tuple("Bo", "ada@contoso.example"),
                            tuple("Eve", "bo@contoso.example"));
        }
    }

    @Test
    void planningTheSameUsersAgainAfterApplyingChangesNothing(@TempDir Path folder) {
        GraphUser[] users = {member(1, "id-ada", "Ada Lovelace", "Ada@Contoso.example"),
                user(2, "id-ben", "Ben Okafor", "ben@contoso.example", "ben@contoso.example", false, "Member"),
                user(3, "id-gus", "Gus Guest", "gus@partner.example", "gus#EXT#@contoso.onmicrosoft.com", true, "Guest")};
        try (LocalStore store = LocalStore.open(folder)) {
            UUID msp = UUID.randomUUID();
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new SaveRecord<>(PersonKind.INSTANCE, person("Ben Old", "ben@contoso.example", null)));

            PersonImportPlan first = plan(store.records(PersonKind.INSTANCE, List.of(acme)), GuestMode.MARK, users);
            assertThat(first.newPeople()).hasSize(2);
            assertThat(first.changes()).hasSize(1);
            first.recordsToSave().forEach(p -> store.execute(new SaveRecord<>(PersonKind.INSTANCE, p)));

            PersonImportPlan again = plan(store.records(PersonKind.INSTANCE, List.of(acme)), GuestMode.MARK, users);
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(again.missingFromSource()).isEmpty();
            assertThat(again.problems()).isEmpty();
        }
    }
}
