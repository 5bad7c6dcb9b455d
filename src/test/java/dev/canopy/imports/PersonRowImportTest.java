package dev.canopy.imports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.reports.SeededStore;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Applying the people of an RMM/PSA file through the store: what the dry run said, written with the computers as
 * one command, undone in one step; the same file again changes nothing. Each row's computer is linked to the row's
 * person as its primary person (on create, to a person here or one the same command creates; relinked as a change).
 */
class PersonRowImportTest extends SeededStore {

    private static final String CSV = """
            Client;Site;Device;Device id;User;Email
            Acme;;ACME-01;dev-acme-01;Ann Lee-Park;ann@acme.example
            Acme;;ACME-02;dev-acme-02;Ann Lee-Park;ANN@acme.example
            Acme;;;;Ben Ode;ben@acme.example
            Initech;Austin;INI-01;dev-ini-01;Cy Fox;cy@initech.example
            """;
    private static final String FIRST = """
            Client;Site;Device;Device id;User;Email
            Acme;;ACME-11;dev-acme-11;Ann Lee;ann@acme.example
            Acme;;ACME-12;dev-acme-12;Ben Ode;ben@acme.example
            Initech;Austin;INI-11;dev-ini-11;Cy Fox;cy@initech.example
            """;
    private static final String SECOND = """
            Client;Site;Device;Device id;User;Email
            Acme;;ACME-11;dev-acme-11;Ben Ode;ben@acme.example
            Acme;;ACME-12;dev-acme-12;;
            """;
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.SITE, "Site",
            ImportField.COMPUTER_NAME, "Device", ImportField.DEVICE_ID, "Device id", ImportField.PERSON_NAME, "User",
            ImportField.PERSON_EMAIL, "Email"));

    private UUID annId;

    @Override
    protected void seed(LocalStore store) {
        new ComplianceSeed().write(store);
        UUID acme = store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals("Acme")).findFirst().orElseThrow().id();
        annId = UUID.randomUUID();
        store.execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(annId, acme, "Ann Lee", "ann@acme.example", Role.TENANT_ADMIN, true,
                List.of(), RecordMeta.created(Instant.EPOCH, "seed"))));
    }

    private ImportPlan plan() throws Exception {
        return plan(CSV);
    }

    private ImportPlan plan(String csv) throws Exception {
        Path file = temp.resolve("psa.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return ComputerImport.plan(store, ImportFile.open(file), MAPPING, "psa-x", SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC, n -> { }, () -> false);
    }

    /** Every live tenant's people, as the Users tab would list them. */
    private Map<String, List<String>> people() {
        Map<String, List<String>> people = new TreeMap<>();
        for (TenantNode t : store.loadHierarchy().depthFirst()) {
            people.put(t.name(), store.records(PersonKind.INSTANCE, List.of(t.id())).stream()
                    .map(p -> p.displayName() + " " + p.email() + " " + p.role() + " " + p.active()).sorted().toList());
        }
        return people;
    }

    @Test
    void theAppliedPeopleAreWhatTheDryRunSaidAndOneUndoRemovesThem() throws Exception {
        Map<String, List<String>> original = people();
        ImportPlan plan = plan();
        assertThat(plan.newPeople()).extracting(ImportPlan.NewPerson::line, ImportPlan.NewPerson::name)
                .containsExactly(tuple(4, "Ben Ode"), tuple(5, "Cy Fox"));
        assertThat(plan.personChanges()).singleElement().satisfies(c -> {
            assertThat(c.person().id()).isEqualTo(annId);
            assertThat(c.fields()).extracting(ImportPlan.FieldChange::field).containsExactly("name");
        });
        assertThat(plan.problems()).isEmpty();

        Command.Applied applied = ComputerImport.apply(store, plan, "psa-x", "psa.csv").orElseThrow();

        Map<String, List<String>> imported = people();
        assertThat(imported.get("Acme")).containsExactly("Ann Lee-Park ann@acme.example TENANT_ADMIN true",
                "Ben Ode ben@acme.example null true");
        assertThat(imported.get("Austin")).as("into the site the same file creates").containsExactly("Cy Fox cy@initech.example null true");
        assertThat(applied.label()).isEqualTo("import of 3 computers and 3 people from psa.csv");
        assertThat(store.auditOf(annId)).extracting(a -> a.action()).contains("import.apply");
        assertThat(((ImportRecords) applied.inverse()).people()).as("undone with the computers, in one step").hasSize(3);
        assertThat(plan().changesNothing()).as("the same file again changes nothing").isTrue();
        assertThat(plan().peopleUnchanged()).isEqualTo(3);

        store.execute(applied.inverse());
        assertThat(people()).as("one undo puts every person back").isEqualTo(original);
    }

    @Test
    void aFileOfOnlyPeopleWithoutAnyComputerColumnImportsThePeople() throws Exception {
        Path file = temp.resolve("users.csv");
        Files.writeString(file, "Company,User,Email\nAcme,Ben Ode,ben@acme.example\nAcme,Ann Lee,ann@acme.example\n", StandardCharsets.UTF_8);
        ColumnMapping people = new ColumnMapping(Map.of(ImportField.CLIENT, "Company", ImportField.PERSON_NAME, "User",
                ImportField.PERSON_EMAIL, "Email"));

        ImportPlan plan = ComputerImport.plan(store, ImportFile.open(file), people, "psa-x", SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC,
                n -> { }, () -> false);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newPeople()).extracting(ImportPlan.NewPerson::name).containsExactly("Ben Ode");
        assertThat(plan.peopleUnchanged()).isEqualTo(1);
        assertThat(plan.newComputers()).isEmpty();
        Command.Applied applied = ComputerImport.apply(store, plan, "psa-x", "users.csv").orElseThrow();
        assertThat(applied.label()).isEqualTo("import of 1 person from users.csv");
        assertThat(people().get("Acme")).contains("Ben Ode ben@acme.example null true");
    }

    /** Each imported computer's primary person by name, as the Computers tab shows it. */
    private Map<String, String> primaryPeople() {
        List<UUID> ids = store.loadHierarchy().depthFirst().stream().map(TenantNode::id).toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        store.records(PersonKind.INSTANCE, ids).forEach(p -> names.put(p.id(), p.displayName()));
        Map<String, String> linked = new TreeMap<>();
        for (Computer c : store.computers(ids, false)) {
            if (c.deviceId().startsWith("dev-acme-1") || c.deviceId().startsWith("dev-ini-1")) {
                linked.put(c.name(), c.primaryPersonId() == null ? "(none)" : names.getOrDefault(c.primaryPersonId(), "(not live)"));
            }
        }
        return linked;
    }

    @Test
    void newComputersAreLinkedToTheirPeopleOldAndNewAndAnotherPersonIsOneUndoableChange() throws Exception {
        Command.Applied first = ComputerImport.apply(store, plan(FIRST), "psa-x", "psa.csv").orElseThrow();
        assertThat(primaryPeople()).as("Ann is here already; Ben and Cy are created by the same command")
                .isEqualTo(Map.of("ACME-11", "Ann Lee", "ACME-12", "Ben Ode", "INI-11", "Cy Fox"));
        assertThat(plan(FIRST).changesNothing()).as("the same file again changes nothing").isTrue();

        ImportPlan second = plan(SECOND);
        assertThat(second.changes()).singleElement().satisfies(c -> {
            assertThat(c.computer().name()).isEqualTo("ACME-11");
            assertThat(c.fields()).extracting(f -> f.field() + ": " + f.before() + " → " + f.after()).containsExactly("primary person: Ann Lee → Ben Ode");
        });
        assertThat(second.unchanged()).as("a row without a person leaves ACME-12's").isEqualTo(1);
        Command.Applied relinked = ComputerImport.apply(store, second, "psa-x", "psa.csv").orElseThrow();
        assertThat(primaryPeople()).containsEntry("ACME-11", "Ben Ode").containsEntry("ACME-12", "Ben Ode");
        assertThat(plan(SECOND).changesNothing()).isTrue();

        store.execute(relinked.inverse());
        assertThat(primaryPeople()).as("one undo puts Ann back").containsEntry("ACME-11", "Ann Lee");
        store.execute(first.inverse());
        assertThat(primaryPeople()).as("undoing the first import removes its computers").isEmpty();
        assertThat(store.records(PersonKind.INSTANCE, store.loadHierarchy().depthFirst().stream().map(TenantNode::id).toList()))
                .extracting(Person::id).as("and the people it created").containsExactly(annId);
    }
}
