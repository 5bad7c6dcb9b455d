package dev.canopy.ui.computers;

import dev.canopy.domain.reassign.ReassignPreview;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The what-if sheet's wording for long and empty sections (no store needed). */
class WhatIfSheetTest {

    private final UUID msp = UUID.randomUUID();
    private final UUID target = UUID.randomUUID();
    private final TenantHierarchy hierarchy = new TenantHierarchy(List.of(
            new TenantNode(msp, null, "Northwind", TenantKind.MSP, "UTC", 0),
            new TenantNode(target, msp, "Birch Legal", TenantKind.CLIENT, "", 0)));

    @Test
    void aLongListShowsItsFirstFiftyThenHowManyMore() {
        List<String> names = IntStream.rangeClosed(1, 60).mapToObj(i -> String.format("PC-%03d", i)).toList();
        ReassignPreview preview = new ReassignPreview(target, 60, List.of(), List.of(), List.of(), "UTC", Set.of("UTC"), List.of(), names);

        WhatIfSheet sheet = WhatIfSheet.of(preview, hierarchy);

        assertThat(sheet.header()).isEqualTo("Reassign 60 computers to Birch Legal?");
        assertThat(sheet.section("whatIfNonCompliant").lines()).hasSize(51).startsWith("• PC-001").endsWith("… and 10 more");
        assertThat(sheet.section("whatIfSchedules").lines()).containsExactly("No maintenance schedule applies in Birch Legal");
    }
}
