package dev.canopy.domain;

import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappings;
import dev.canopy.domain.tenant.IntegrationMappings.Mapping;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which mapping of each source a tenant bills and imports through, and where it comes from. */
class IntegrationMappingsTest {

    private static Tenant tenant(String name, List<ExternalRef> refs) {
        return new Tenant(UUID.randomUUID(), name, name.toLowerCase(Locale.ROOT), TenantKind.SUB, null, "", "", List.of(), true, refs,
                RecordMeta.created(Instant.EPOCH, "test"));
    }

    @Test
    void aBranchInheritsItsClientsPsaCompanyAndItsOwnMappingReplacesAnInheritedOne() {
        Tenant msp = tenant("Northwind", List.of(new ExternalRef("entra", "msp-tenant")));
        Tenant acme = tenant("Acme", List.of(new ExternalRef("autotask", "4711"), new ExternalRef("datto-rmm", "A-1")));
        Tenant berlin = tenant("Acme Berlin", List.of(new ExternalRef("Datto-RMM", "B-7")));

        List<Mapping> effective = IntegrationMappings.effective(List.of(msp, acme, berlin));

        assertThat(effective).extracting(Mapping::source, Mapping::externalId, Mapping::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("autotask", "4711", "Inherited from Acme"),
                org.assertj.core.groups.Tuple.tuple("Datto-RMM", "B-7", "Own, replaces A-1 inherited from Acme"),
                org.assertj.core.groups.Tuple.tuple("entra", "msp-tenant", "Inherited from Northwind"));
        assertThat(effective.get(0).originId()).isEqualTo(acme.id());
        assertThat(effective.get(1).own()).isTrue();
        assertThat(IntegrationMappings.effective(List.of(msp, acme)).get(1).origin()).as("at the client itself").isEqualTo("Own");
        assertThat(IntegrationMappings.effective(List.of())).isEmpty();
    }

    /** Against the rule as DESIGN.md says it: per source, the deepest tenant on the path that has one. */
    @Property(tries = 300)
    void eachSourceComesFromTheNearestTenantOnThePathThatMapsIt(@ForAll("paths") List<Tenant> path) {
        Map<String, Tenant> nearest = new LinkedHashMap<>();
        for (Tenant t : path) {
            t.externalRefs().forEach(ref -> nearest.put(ref.source().toLowerCase(Locale.ROOT), t));
        }
        List<Mapping> effective = IntegrationMappings.effective(path);
        assertThat(effective).hasSize(nearest.size());
        Tenant self = path.isEmpty() ? null : path.get(path.size() - 1);
        for (Mapping m : effective) {
            Tenant origin = nearest.get(m.source().toLowerCase(Locale.ROOT));
            assertThat(m.originId()).isEqualTo(origin.id());
            assertThat(origin.externalRefs()).contains(m.ref());
            assertThat(m.own()).isEqualTo(origin == self);
            if (m.replaces() != null) {
                assertThat(m.own()).isTrue();
                assertThat(m.replaces().originId()).isNotEqualTo(self.id());
            }
        }
    }

    @Provide
    Arbitrary<List<Tenant>> paths() {
        Arbitrary<ExternalRef> refs = net.jqwik.api.Combinators.combine(
                Arbitraries.of("autotask", "Autotask", "atera", "ninjaone", "entra"), Arbitraries.of("1", "2", "4711"))
                .as(ExternalRef::new);
        Arbitrary<List<ExternalRef>> own = refs.list().ofMaxSize(3).map(list -> {
            Map<String, ExternalRef> oneEach = new LinkedHashMap<>();
            list.forEach(r -> oneEach.putIfAbsent(r.source().toLowerCase(Locale.ROOT), r));
            return new ArrayList<>(oneEach.values());
        });
        return own.list().ofMaxSize(5).map(lists -> {
            List<Tenant> path = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                path.add(tenant("T" + i, lists.get(i)));
            }
            return path;
        });
    }
}
