package dev.canopy.imports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.ImportRecords;
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

/**
 * Which tenant a row's client and site ids match (docs/imports.md "Matching"): a tenant's own mapping, and for an id
 * that branches inherit, the tenant owning it — never a new tenant, never the branch inheriting it — and a second run
 * of the same file changes nothing.
 */
class MappingMatchTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private static final ColumnMapping MAPPING = ImportPresets.NINJAONE_DEVICES.mapping();

    private final UUID msp = UUID.randomUUID();
    private final Tenant acme = tenant("Acme", TenantKind.CLIENT, msp, "7");
    /** Bills through Acme: no ninjaone mapping of its own, so it inherits Acme's 7. */
    private final Tenant springfield = tenant("Springfield", TenantKind.SUB, acme.id(), null);
    private final Tenant shelbyville = tenant("Shelbyville", TenantKind.SUB, acme.id(), "9");
    private final List<Tenant> tenants = new ArrayList<>(List.of(tenant("Northwind", TenantKind.MSP, null, null), acme, springfield, shelbyville));
    private final List<Computer> computers = new ArrayList<>();

    private Tenant tenant(String name, TenantKind kind, UUID parent, String ninjaId) {
        UUID id = kind == TenantKind.MSP ? msp : UUID.randomUUID();
        return new Tenant(id, name, name.toLowerCase(), kind, parent, "", "", List.of(), true,
                ninjaId == null ? List.of() : List.of(new ExternalRef("ninjaone", ninjaId)), META);
    }

    private static SourceRow row(int line, String device, String name, String orgId, String org, String locId, String loc) {
        return new SourceRow(line, Map.of("id", device, "systemName", name, "organizationId", orgId, "references.organization.name", org,
                "locationId", locId, "references.location.name", loc, "lastContact", ""));
    }

    private ImportPlan plan(SourceRow... rows) {
        List<TenantNode> nodes = tenants.stream().map(t -> new TenantNode(t.id(), t.parentId(), t.name(), t.kind(), "", 0)).toList();
        ComputerImportPlanner planner = new ComputerImportPlanner(new TenantHierarchy(nodes), tenants, computers, List.of(), "ninjaone",
                MAPPING, SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC);
        for (SourceRow row : rows) {
            planner.add(row);
        }
        return planner.plan();
    }

    /** What applying the plan writes (the records PlanRecords gives the import command), kept as the store would. */
    private ImportRecords apply(ImportPlan plan) {
        ImportRecords records = PlanRecords.of(plan, "ninjaone", Map.of(), "test import");
        records.tenants().forEach(t -> tenants.add(new Tenant(t.id(), t.name(), t.name().toLowerCase(), t.parentId().equals(msp)
                ? TenantKind.CLIENT : TenantKind.SUB, t.parentId(), "", "", List.of(), true, t.externalRefs(), META)));
        for (Computer c : records.computers()) {
            computers.removeIf(existing -> existing.id().equals(c.id()));
            computers.add(c);
        }
        return records;
    }

    private UUID tenantOf(ImportRecords records, String computer) {
        return records.computers().stream().filter(c -> c.name().equals(computer)).findFirst().orElseThrow().tenantId();
    }

    @Test
    void ownMappingsFindTheirTenantsThoughTheSourceNamesThemOtherwise() {
        SourceRow[] rows = {row(2, "d1", "ACME-01", "7", "Acme Inc", "", ""), row(3, "d2", "SHV-01", "7", "Acme Inc", "9", "Shelbyville Office")};

        ImportPlan plan = plan(rows);
        assertThat(plan.newTenants()).isEmpty();
        assertThat(plan.likelySame()).isEmpty();
        ImportRecords records = apply(plan);

        assertThat(tenantOf(records, "ACME-01")).isEqualTo(acme.id());
        assertThat(tenantOf(records, "SHV-01")).as("the site's own id, not its name, finds it").isEqualTo(shelbyville.id());
        assertThat(plan(rows).changesNothing()).as("a second run").isTrue();
    }

    @Test
    void aSiteRowWithoutASiteIdIsTheSiteOfThatNameUnderTheClientItsIdFinds() {
        ImportRecords records = apply(plan(row(2, "d1", "SPR-01", "7", "Acme Inc", "", "springfield")));

        assertThat(records.tenants()).isEmpty();
        assertThat(tenantOf(records, "SPR-01")).isEqualTo(springfield.id());
    }

    @Test
    void anInheritedIdIsItsOwnersNotANewTenantNorTheBranchInheritingIt() {
        // the source knows only the billing company: its site id repeats the client's, and a row names the branch as its client
        SourceRow[] rows = {row(2, "d1", "SPR-01", "7", "Acme", "7", "Springfield"), row(3, "d2", "SPR-02", "7", "Springfield", "", "")};

        ImportPlan plan = plan(rows);
        assertThat(plan.newTenants()).as("no second tenant for Acme's id").isEmpty();
        assertThat(plan.problems()).isEmpty();
        ImportRecords records = apply(plan);

        assertThat(tenantOf(records, "SPR-01")).as("7 is Acme's own mapping").isEqualTo(acme.id());
        assertThat(tenantOf(records, "SPR-02")).isEqualTo(acme.id());
        ImportPlan again = plan(rows);
        assertThat(again.changesNothing()).as("a second run").isTrue();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void anIdANewTenantBringsIsThatTenantsForLaterRowsSoNoTwoTenantsHoldIt() {
        SourceRow[] rows = {row(2, "d1", "GLX-01", "3", "Globex", "", ""), row(3, "d2", "GLX-02", "3", "Globex", "3", "Springfield"),
                row(4, "d3", "GLX-03", "4", "Globex East", "5", "Harbor"), row(5, "d4", "GLX-04", "3", "Globex", "5", "Harbor")};

        ImportPlan plan = plan(rows);
        assertThat(plan.newTenants()).extracting(ImportPlan.NewTenant::name, ImportPlan.NewTenant::externalId)
                .containsExactly(tuple("Globex", "3"), tuple("Globex East", "4"), tuple("Harbor", "5"));
        ImportRecords records = apply(plan);

        UUID globex = records.tenants().get(0).id();
        UUID harbor = records.tenants().get(2).id();
        assertThat(tenantOf(records, "GLX-02")).as("the site id repeats its new client's").isEqualTo(globex);
        assertThat(tenantOf(records, "GLX-04")).as("site 5 is the Harbor line 4 brings, under Globex East").isEqualTo(harbor);
        assertThat(records.tenants()).flatExtracting(Tenant::externalRefs).extracting(ExternalRef::externalId).doesNotHaveDuplicates();
        assertThat(plan(rows).changesNothing()).as("a second run").isTrue();
    }
}
