package dev.canopy.imports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.ExternalRef;
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

/** The dry run of a computer import: what is new, changed, unchanged, missing, likely doubled, and which rows cannot go in. */
class ComputerImportPlannerTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private static final ColumnMapping MAPPING = ImportPresets.NINJAONE_DEVICES.mapping();

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID muller = UUID.randomUUID();
    private final List<TenantNode> nodes = new ArrayList<>(List.of(new TenantNode(msp, null, "Northwind", TenantKind.MSP, "", 0),
            new TenantNode(acme, msp, "Acme", TenantKind.CLIENT, "", 2), new TenantNode(muller, msp, "Müller GmbH", TenantKind.CLIENT, "", 0)));
    private final List<Tenant> tenants = List.of(
            new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "", "", List.of(), true, List.of(new ExternalRef("ninjaone", "7")), META));
    private final Computer acme01 = computer("ACME-01", acme, "17", "Windows 10 Pro");
    private final Computer acme02 = computer("ACME-02", acme, "18", "Windows 11 Pro");

    private static Computer computer(String name, UUID tenant, String device, String os) {
        return new Computer(UUID.randomUUID(), name, tenant, "", device, os, "", Instant.parse("2026-11-20T00:00:00Z"), null, List.of(), List.of(),
                META);
    }

    private static SourceRow row(int line, String id, String name, String orgId, String org, String locId, String loc, String lastContact) {
        return new SourceRow(line, Map.of("id", id, "systemName", name, "organizationId", orgId, "references.organization.name", org,
                "locationId", locId, "references.location.name", loc, "lastContact", lastContact));
    }

    private ImportPlan plan(List<Computer> computers, SourceRow... rows) {
        ComputerImportPlanner planner = new ComputerImportPlanner(new TenantHierarchy(nodes), tenants, computers, List.of(), "ninjaone", MAPPING,
                SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC);
        for (SourceRow row : rows) {
            planner.add(row);
        }
        return planner.plan();
    }

    @Test
    void newClientsSitesAndComputersIntoAnMspWithoutThem() {
        ImportPlan plan = plan(List.of(), row(2, "31", "GLX-01", "3", "Globex", "9", "Springfield", ""),
                row(3, "32", "GLX-02", "3", "Globex", "9", "Springfield", ""), row(4, "33", "GLX-03", "3", "Globex", "", "", ""));

        assertThat(plan.newTenants()).extracting(ImportPlan.NewTenant::name, ImportPlan.NewTenant::externalId)
                .containsExactly(tuple("Globex", "3"), tuple("Springfield", "9"));
        assertThat(plan.newTenants().get(1).parentKey()).as("the site is under the new client").isEqualTo(plan.newTenants().get(0).key());
        assertThat(plan.newComputers()).extracting(ImportPlan.NewComputer::name, ImportPlan.NewComputer::newTenantKey).containsExactly(
                tuple("GLX-01", plan.newTenants().get(1).key()), tuple("GLX-02", plan.newTenants().get(1).key()),
                tuple("GLX-03", plan.newTenants().get(0).key()));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void existingComputersMatchByDeviceIdChangeFieldByFieldAndThoseNotListedAreMissing() {
        ImportPlan plan = plan(List.of(acme01, acme02), row(2, "17", "ACME-01", "7", "Acme Inc", "", "", "1796026500"));

        assertThat(plan.newTenants()).as("Acme found by its NinjaOne id though named differently").isEmpty();
        assertThat(plan.changes()).singleElement().satisfies(change -> assertThat(change.fields())
                .extracting(ImportPlan.FieldChange::field, ImportPlan.FieldChange::after).containsExactly(tuple("last seen", "2026-11-30T08:15:00Z"))
                .as("a last seen older than ours would not count").hasSize(1));
        assertThat(plan.missingFromSource()).as("never deleted, listed for the technician").containsExactly(acme02);
    }

    @Test
    void reImportingWhatIsAlreadyThereChangesNothing() {
        SourceRow same = new SourceRow(2, Map.of("id", "17", "systemName", "ACME-01", "organizationId", "7", "references.organization.name", "Acme",
                "lastContact", ""));
        ImportPlan plan = plan(List.of(acme01), same);

        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void aNameThatIsLikelyAnExistingTenantIsHeldBackAndBadRowsAreReportedByLine() {
        ImportPlan plan = plan(List.of(), row(2, "41", "MUL-01", "", "Muller  GmbH", "", "", ""),
                row(3, "42", "", "3", "Globex", "", "", ""),
                row(4, "43", "GLX-04", "3", "Globex", "", "", "yesterday"),
                row(5, "44", "GLX-05", "3", "Globex", "", "", ""), row(6, "44", "GLX-05b", "3", "Globex", "", "", ""));

        assertThat(plan.likelySame()).extracting(ImportPlan.LikelySame::inFile, ImportPlan.LikelySame::here)
                .containsExactly(tuple("Muller  GmbH", "Müller GmbH"));
        assertThat(plan.newTenants()).extracting(ImportPlan.NewTenant::name).containsExactly("Globex");
        assertThat(plan.newComputers()).extracting(ImportPlan.NewComputer::name).containsExactly("GLX-05");
        assertThat(plan.problems()).extracting(ImportPlan.Problem::line).containsExactly(2, 3, 4, 6);
        assertThat(plan.problems().get(1).reason()).isEqualTo("The computer has no name.");
        assertThat(plan.problems().get(2).reason()).startsWith("Last seen: \"yesterday\" is not a date");
        assertThat(plan.problems().get(3).reason()).isEqualTo("The file lists device id 44 twice; only the first is imported.");
    }
}
