package dev.canopy.imports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dry run of the people an RMM/PSA file's rows name: new, changed field by field, unchanged, once per person, problems
 * by line; and each row's computer linked to the row's person as its primary person: on create, as a changed field of an
 * existing computer ("primary person: Ann Lee → Bob Stone"), never when the row's person is a problem (which says so).
 */
class PersonRowPlannerTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.SITE, "Site",
            ImportField.COMPUTER_NAME, "Device", ImportField.PERSON_NAME, "User", ImportField.PERSON_EMAIL, "Email"));

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID austin = UUID.randomUUID();
    private final List<TenantNode> nodes = List.of(new TenantNode(msp, null, "Northwind", TenantKind.MSP, "", 0),
            new TenantNode(acme, msp, "Acme", TenantKind.CLIENT, "", 1), new TenantNode(austin, acme, "Austin", TenantKind.SUB, "", 0));
    private final Person ann = new Person(UUID.randomUUID(), acme, "Ann Lee", "ann@acme.example", Role.TENANT_ADMIN, true, List.of(), META);
    private final Person bob = new Person(UUID.randomUUID(), acme, "Bob Stone", "bob@acme.example", null, true, List.of(), META);

    private static SourceRow row(int line, String client, String site, String device, String user, String email) {
        return new SourceRow(line, Map.of("Client", client, "Site", site, "Device", device, "User", user, "Email", email));
    }

    private ImportPlan plan(List<Person> people, SourceRow... rows) {
        List<Tenant> tenants = List.of();
        List<Computer> computers = new ArrayList<>();
        ComputerImportPlanner planner = new ComputerImportPlanner(new TenantHierarchy(nodes), tenants, computers, people, "psa-x", MAPPING,
                SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC);
        for (SourceRow row : rows) {
            planner.add(row);
        }
        return planner.plan();
    }

    @Test
    void aPersonOnManyRowsIsPlannedOnceInTheRowsTenantNewTenantsIncluded() {
        ImportPlan plan = plan(List.of(), row(2, "Acme", "Austin", "AUS-01", "Cara Diaz", "Cara@Acme.example"),
                row(3, "Acme", "Austin", "AUS-02", "Cara Diaz", "cara@acme.example"),
                row(4, "Acme", "Austin", "AUS-03", "", "cara@acme.example"),
                row(5, "Initech", "", "INI-01", "Dan Roe", "dan@initech.example"));

        assertThat(plan.newPeople()).extracting(ImportPlan.NewPerson::line, ImportPlan.NewPerson::name, ImportPlan.NewPerson::email,
                        ImportPlan.NewPerson::tenantId)
                .containsExactly(tuple(2, "Cara Diaz", "cara@acme.example", austin), tuple(5, "Dan Roe", "dan@initech.example", null));
        assertThat(plan.newPeople().get(1).newTenantKey()).as("into the client the same file creates").isEqualTo(plan.newTenants().get(0).key());
        assertThat(plan.newComputers()).hasSize(4);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void anExistingPersonMatchesByEmailElseByNameAndChangesFieldByField() {
        ImportPlan plan = plan(List.of(ann, bob), row(2, "Acme", "", "ACME-01", "Ann Lee-Park", "ANN@acme.example"),
                row(3, "Acme", "", "ACME-02", "bob stone", "robert@acme.example"));

        assertThat(plan.newPeople()).isEmpty();
        assertThat(plan.personChanges()).extracting(c -> c.person().id(), c -> c.fields().stream().map(f -> f.field() + ": " + f.before() + " → " + f.after()).toList())
                .containsExactly(tuple(ann.id(), List.of("name: Ann Lee → Ann Lee-Park")),
                        tuple(bob.id(), List.of("name: Bob Stone → bob stone", "e-mail: bob@acme.example → robert@acme.example")));
        Person after = plan.personChanges().get(0).after();
        assertThat(after.role()).as("an import never changes a person's access").isEqualTo(Role.TENANT_ADMIN);
        assertThat(after.email()).isEqualTo("ann@acme.example");
    }

    @Test
    void reImportingTheSamePeopleChangesNothing() {
        ImportPlan plan = plan(List.of(ann, bob), row(2, "Acme", "", "", "Ann Lee", "ann@acme.example"),
                row(3, "Acme", "", "", "Bob Stone", ""), row(4, "acme", "", "", "", "BOB@acme.example"));

        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.peopleUnchanged()).isEqualTo(2);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void rowsOfOnlyAPersonArePersonRowsAndARowOfNeitherStaysAProblem() {
        ImportPlan plan = plan(List.of(), row(2, "Acme", "", "", "Eve Park", "eve@acme.example"), row(3, "Acme", "", "", "", ""),
                row(4, "", "", "", "Fay Wu", "fay@acme.example"));

        assertThat(plan.newPeople()).extracting(ImportPlan.NewPerson::name).containsExactly("Eve Park");
        assertThat(plan.newComputers()).isEmpty();
        assertThat(plan.problems()).extracting(ImportPlan.Problem::line, ImportPlan.Problem::reason)
                .containsExactly(tuple(3, "The computer has no name."), tuple(4, "The person Fay Wu has no client."));
    }

    @Test
    void conflictingValuesForOnePersonAreAProblemNamingTheLinesAndBothValues() {
        ImportPlan plan = plan(List.of(), row(2, "Acme", "", "ACME-01", "Gus Hall", "gus@acme.example"),
                row(3, "Acme", "", "ACME-02", "Gustav Hall", "gus@acme.example"),
                row(4, "Acme", "", "ACME-03", "Ida Moss", ""), row(5, "Acme", "", "ACME-04", "Ida Moss", "ida@acme.example"),
                row(6, "Acme", "", "ACME-05", "ida moss", ""));

        assertThat(plan.problems()).extracting(ImportPlan.Problem::line, ImportPlan.Problem::reason).containsExactly(
                tuple(3, "The person gus@acme.example is \"Gus Hall\" on line 2 but \"Gustav Hall\" here; only line 2 is imported. The computer ACME-02 is imported with its primary person left as it is."),
                tuple(6, "The person ida@acme.example is \"Ida Moss\" on line 4 but \"ida moss\" here; only line 4 is imported. The computer ACME-05 is imported with its primary person left as it is."));
        assertThat(plan.newPeople()).extracting(ImportPlan.NewPerson::line, ImportPlan.NewPerson::name, ImportPlan.NewPerson::email)
                .as("a row without an e-mail is the person of that name; a later row gives the address")
                .containsExactly(tuple(2, "Gus Hall", "gus@acme.example"), tuple(4, "Ida Moss", "ida@acme.example"));
        assertThat(plan.newComputers()).as("the rows' computers are imported all the same").hasSize(5);
    }

    @Test
    void badOrMissingValuesAreProblemsWithTheLineAndTheValue() {
        ImportPlan plan = plan(List.of(), row(2, "Acme", "", "ACME-01", "Jo Kim", "jo at acme"),
                row(3, "Acme", "", "ACME-02", "x".repeat(201), "long@acme.example"),
                row(4, "Acme", "", "ACME-03", "Kai Lund", ""), row(5, "Acme", "", "ACME-04", "", "lou@acme.example"));

        assertThat(plan.problems()).extracting(ImportPlan.Problem::line, ImportPlan.Problem::reason).containsExactly(
                tuple(2, "Person e-mail: \"jo at acme\" is not a valid e-mail address. The computer ACME-01 is imported with its primary person left as it is."),
                tuple(3, "Person name: Name is 201 characters; at most 200 are allowed. The computer ACME-02 is imported with its primary person left as it is."),
                tuple(4, "The person Kai Lund is not in Acme and a new person needs an e-mail; map the column that has it, or add it to the file."
                        + " Imported with their primary person left as it is: ACME-03 (line 4)."),
                tuple(5, "The person lou@acme.example is not in Acme and a new person needs a name; map the column that has it, or add it to the file."
                        + " Imported with their primary person left as it is: ACME-04 (line 5)."));
        assertThat(plan.newPeople()).isEmpty();
        assertThat(plan.newComputers()).as("each row's computer is still imported").hasSize(4);
    }

    @Test
    void aNameThatIsAFormulaIsKeptAsTextLikeAComputersName() {
        String formula = "=HYPERLINK(\"http://evil.example\",\"open\")";
        ImportPlan plan = plan(List.of(), row(2, "Acme", "", formula, formula, "mal@acme.example"));

        assertThat(plan.newPeople()).extracting(ImportPlan.NewPerson::name).containsExactly(formula);
        assertThat(plan.newComputers()).extracting(ImportPlan.NewComputer::name).containsExactly(formula);
    }

    private final Computer annsLaptop = new Computer(UUID.randomUUID(), "ACME-01", acme, "", "dev-01", "", "", null, ann.id(), List.of(),
            List.of(), META);

    /** A plan against Ann and Bob of Acme and Ann's laptop ACME-01, for the computers' primary person. */
    private ImportPlan linkPlan(SourceRow... rows) {
        ComputerImportPlanner planner = new ComputerImportPlanner(new TenantHierarchy(nodes), List.of(), List.of(annsLaptop), List.of(ann, bob),
                "psa-x", MAPPING, SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC);
        for (SourceRow row : rows) {
            planner.add(row);
        }
        return planner.plan();
    }

    @Test
    void aNewComputerIsLinkedToAPersonHereOrToOneTheSameImportCreates() {
        ImportPlan plan = linkPlan(row(2, "Acme", "", "ACME-02", "Bob Stone", "BOB@acme.example"), row(3, "Acme", "", "ACME-03", "Cy Fox", "cy@acme.example"),
                row(4, "Initech", "", "INIT-04", "Dan Roe", "dan@initech.example"));

        assertThat(plan.newComputers()).extracting(ImportPlan.NewComputer::name, ImportPlan.NewComputer::primaryPersonId)
                .containsExactly(tuple("ACME-02", bob.id()), tuple("ACME-03", null), tuple("INIT-04", null));
        assertThat(plan.newComputers().get(1).newPrimaryPerson()).as("created in the same command").isSameAs(plan.newPeople().get(0));
        assertThat(plan.newComputers().get(2).newPrimaryPerson()).as("in a client the same file creates").isSameAs(plan.newPeople().get(1));
        assertThat(plan.newComputers().get(0).newPrimaryPerson()).isNull();
    }

    @Test
    void anotherPersonInTheFileIsAChangedFieldAndTheSamePersonChangesNothing() {
        ImportPlan other = linkPlan(row(2, "Acme", "", "ACME-01", "", "bob@acme.example"));
        assertThat(other.changes()).singleElement().satisfies(c -> {
            assertThat(c.fields()).extracting(f -> f.field() + ": " + f.before() + " → " + f.after()).containsExactly("primary person: Ann Lee → Bob Stone");
            assertThat(c.after().primaryPersonId()).isEqualTo(bob.id());
            assertThat(c.newPrimaryPerson()).isNull();
        });

        ImportPlan newcomer = linkPlan(row(2, "Acme", "", "ACME-01", "Cy Fox", "cy@acme.example"));
        assertThat(newcomer.changes()).singleElement().satisfies(c -> {
            assertThat(c.fields()).extracting(f -> f.field() + ": " + f.before() + " → " + f.after()).containsExactly("primary person: Ann Lee → Cy Fox");
            assertThat(c.newPrimaryPerson()).isSameAs(newcomer.newPeople().get(0));
        });

        ImportPlan same = linkPlan(row(2, "Acme", "", "ACME-01", "Ann Lee", ""));
        assertThat(same.changesNothing()).as("the computer's own person again").isTrue();
        assertThat(same.unchanged()).isEqualTo(1);
        ImportPlan none = linkPlan(row(2, "Acme", "", "ACME-01", "", ""));
        assertThat(none.changesNothing()).as("a row without a person never clears the link").isTrue();
    }

    @Test
    void aRowWhosePersonIsAProblemLeavesTheComputersPersonAndSaysSo() {
        ImportPlan plan = linkPlan(row(2, "Acme", "", "ACME-01", "Bob Stone", "not-an-address"),
                row(3, "Acme", "", "ACME-05", "Cy Fox", ""),
                row(4, "Acme", "", "ACME-06", "Ann Lee", "ann@acme.example"), row(5, "Acme", "", "ACME-07", "Ann Leigh", "ann@acme.example"));

        assertThat(plan.changes()).as("ACME-01 keeps Ann").isEmpty();
        assertThat(plan.newComputers()).extracting(ImportPlan.NewComputer::name, ImportPlan.NewComputer::primaryPersonId,
                ImportPlan.NewComputer::newPrimaryPerson).containsExactly(tuple("ACME-05", null, null), tuple("ACME-06", ann.id(), null),
                tuple("ACME-07", null, null));
        assertThat(plan.problems()).extracting(ImportPlan.Problem::line, ImportPlan.Problem::reason).satisfiesExactly(
                p -> assertThat(p.toList()).satisfies(l -> {
                    assertThat(l.get(0)).isEqualTo(2);
                    assertThat((String) l.get(1)).contains("not-an-address").endsWith("The computer ACME-01 is imported with its primary person left as it is.");
                }),
                p -> assertThat((String) p.toList().get(1)).contains("Cy Fox").contains("needs an e-mail")
                        .endsWith("Imported with their primary person left as it is: ACME-05 (line 3)."),
                p -> assertThat((String) p.toList().get(1)).contains("\"Ann Leigh\" here")
                        .endsWith("The computer ACME-07 is imported with its primary person left as it is."));
    }
}
