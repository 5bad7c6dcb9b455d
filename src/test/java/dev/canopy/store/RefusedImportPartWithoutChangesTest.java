package dev.canopy.store;

import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.person.Person;
import dev.canopy.store.SyncLedger.PushOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static dev.canopy.store.SyncFixture.person;
import static dev.canopy.store.SyncFixture.tenant;
import static dev.canopy.store.SyncFixture.upsert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's part that changed nothing here (a person written as it already is, as an undo of a part the server took
 * back writes it) names no record of its own; the server refusing it must still become a conflict the technician sees,
 * not a failed sync (the convergence harness found the sync failing with "no stored records are called import").
 */
class RefusedImportPartWithoutChangesTest {

    @TempDir
    Path folder;

    private SyncFixture f;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final Person ann = person(UUID.randomUUID(), acme, "Ann Lee", 4);
    private final dev.canopy.domain.computer.Computer pc = SyncFixture.computer(UUID.randomUUID(), acme, "PC-2", 4);

    @BeforeEach
    void pulled() {
        f = new SyncFixture(folder);
        f.ledger.enableTracking(true);
        f.ledger.applyPage(List.of(upsert(tenant(msp, "Northwind", null, 1)), upsert(tenant(acme, "Acme", msp, 2)),
                upsert("person", ann.id(), ann), upsert("computer", pc.id(), pc)), 4);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theServerRefusingAPartThatChangedNothingHereIsAConflictNamingThePart() {
        f.store.execute(new ImportRecords("import of 1 person from psa.csv", List.of(), List.of(ann), List.of()));
        long part = f.ledger.pending().get(f.ledger.pending().size() - 1).id();

        f.ledger.settle(List.of(new PushOutcome(part, "REJECTED", "This person is outside your scope.", null)));

        assertThat(f.ledger.pending()).isEmpty();
        assertThat(f.ledger.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SyncConflict.REJECTED);
            assertThat(c.name()).isEqualTo("import.apply");
            assertThat(c.recordName()).isEqualTo("import of 1 person from psa.csv");
            assertThat(c.reason()).isEqualTo("This person is outside your scope.");
        });
        assertThat(f.store.records(dev.canopy.domain.person.PersonKind.INSTANCE, List.of(acme))).containsExactly(ann);
    }

    @Test
    void aComputerWrittenAsItIsKeepsTheServersStampWhenThePartIsRefused() {
        f.store.execute(new ImportRecords("import of 1 computer from ninja.csv", List.of(), List.of(), List.of(pc)));
        long part = f.ledger.pending().get(f.ledger.pending().size() - 1).id();

        f.ledger.settle(List.of(new PushOutcome(part, "REJECTED", "The computer PC-2 goes to a tenant that no longer exists.", null)));

        assertThat(f.store.computers(List.of(acme), false)).as("not restamped by this copy").containsExactly(pc);
    }

    @Test
    void untrackedARefusedPartOfNewRecordsNamesOneOfThemAndKeepsThem() {
        f.ledger.enableTracking(false);
        Person zoe = person(UUID.randomUUID(), acme, "Zoe Park", 0);
        f.store.execute(new ImportRecords("import of 1 person from psa.csv", List.of(), List.of(zoe), List.of()));
        long part = f.ledger.pending().get(f.ledger.pending().size() - 1).id();

        f.ledger.settle(List.of(new PushOutcome(part, "REJECTED", "This person is outside your scope.", null)));

        assertThat(f.ledger.conflicts()).singleElement().satisfies(c -> assertThat(c.recordName()).isEqualTo("Zoe Park"));
        assertThat(f.store.records(dev.canopy.domain.person.PersonKind.INSTANCE, List.of(acme)))
                .as("with no server state kept, what was made here stays").extracting(Person::displayName).contains("Zoe Park");
    }
}
