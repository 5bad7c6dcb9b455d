package dev.canopy.imports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dry run of a row's computer linked to the row's person as its primary person: on create, as a changed field of an
 * existing computer ("primary person: Ann Lee → Bob Stone"), never when the row's person is a problem (which says so).
 */
class PrimaryPersonPlannerTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.COMPUTER_NAME, "Device",
            ImportField.DEVICE_ID, "Device id", ImportField.PERSON_NAME, "User", ImportField.PERSON_EMAIL, "Email"));

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final List<TenantNode> nodes = List.of(new TenantNode(msp, null, "Northwind", TenantKind.MSP, "", 0),
            new TenantNode(acme, msp, "Acme", TenantKind.CLIENT, "", 1));
    private final Person ann = new Person(UUID.randomUUID(), acme, "Ann Lee", "ann@acme.example", null, true, List.of(), META);
    private final Person bob = new Person(UUID.randomUUID(), acme, "Bob Stone", "bob@acme.example", null, true, List.of(), META);
    private final Computer annsLaptop = new Computer(UUID.randomUUID(), "ACME-01", acme, "", "dev-01", "", "", null, ann.id(), List.of(),
            List.of(), META);

    private static SourceRow row(int line, String client, String device, String user, String email) {
        return new SourceRow(line, Map.of("Client", client, "Device", device, "Device id", device.isEmpty() ? "" : "dev-" + device.substring(5),
                "User", user, "Email", email));
    }

    private ImportPlan plan(SourceRow... rows) {
        ComputerImportPlanner planner = new ComputerImportPlanner(new TenantHierarchy(nodes), List.of(), List.of(annsLaptop), List.of(ann, bob),
                "psa-x", MAPPING, SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC);
        for (SourceRow row : rows) {
            planner.add(row);
        }
        return planner.plan();
    }

    @Test
    void aNewComputerIsLinkedToAPersonHereOrToOneTheSameImportCreates() {
        ImportPlan plan = plan(row(2, "Acme", "ACME-02", "Bob Stone", "BOB@acme.example"), row(3, "Acme", "ACME-03", "Cy Fox", "cy@acme.example"),
                row(4, "Initech", "INIT-04", "Dan Roe", "dan@initech.example"));

        assertThat(plan.newComputers()).extracting(ImportPlan.NewComputer::name, ImportPlan.NewComputer::primaryPersonId)
                .containsExactly(tuple("ACME-02", bob.id()), tuple("ACME-03", null), tuple("INIT-04", null));
        assertThat(plan.newComputers().get(1).newPrimaryPerson()).as("created in the same command").isSameAs(plan.newPeople().get(0));
        assertThat(plan.newComputers().get(2).newPrimaryPerson()).as("in a client the same file creates").isSameAs(plan.newPeople().get(1));
        assertThat(plan.newComputers().get(0).newPrimaryPerson()).isNull();
    }

    @Test
    void anotherPersonInTheFileIsAChangedFieldAndTheSamePersonChangesNothing() {
        ImportPlan other = plan(row(2, "Acme", "ACME-01", "", "bob@acme.example"));
        assertThat(other.changes()).singleElement().satisfies(c -> {
            assertThat(c.fields()).extracting(f -> f.field() + ": " + f.before() + " → " + f.after()).containsExactly("primary person: Ann Lee → Bob Stone");
            assertThat(c.after().primaryPersonId()).isEqualTo(bob.id());
            assertThat(c.newPrimaryPerson()).isNull();
        });

        ImportPlan newcomer = plan(row(2, "Acme", "ACME-01", "Cy Fox", "cy@acme.example"));
        assertThat(newcomer.changes()).singleElement().satisfies(c -> {
            assertThat(c.fields()).extracting(f -> f.field() + ": " + f.before() + " → " + f.after()).containsExactly("primary person: Ann Lee → Cy Fox");
            assertThat(c.newPrimaryPerson()).isSameAs(newcomer.newPeople().get(0));
        });

        ImportPlan same = plan(row(2, "Acme", "ACME-01", "Ann Lee", ""));
        assertThat(same.changesNothing()).as("the computer's own person again").isTrue();
        assertThat(same.unchanged()).isEqualTo(1);
        ImportPlan none = plan(row(2, "Acme", "ACME-01", "", ""));
        assertThat(none.changesNothing()).as("a row without a person never clears the link").isTrue();
    }

    @Test
    void aRowWhosePersonIsAProblemLeavesTheComputersPersonAndSaysSo() {
        ImportPlan plan = plan(row(2, "Acme", "ACME-01", "Bob Stone", "not-an-address"),
                row(3, "Acme", "ACME-05", "Cy Fox", ""),
                row(4, "Acme", "ACME-06", "Ann Lee", "ann@acme.example"), row(5, "Acme", "ACME-07", "Ann Leigh", "ann@acme.example"));

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
