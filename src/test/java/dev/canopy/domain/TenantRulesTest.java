package dev.canopy.domain;

import dev.canopy.domain.tenant.TenantRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantRulesTest {

    @Test
    void namesAreTrimmedAndMustHaveOneTo120Characters() {
        assertThat(TenantRules.checkName("  Acme Dental  ")).isEqualTo("Acme Dental");
        assertThatThrownBy(() -> TenantRules.checkName("   ")).isInstanceOf(RuleViolation.class)
                .hasMessage("Name is required.").extracting("field").isEqualTo("name");
        assertThat(TenantRules.checkName("x".repeat(120))).hasSize(120);
        assertThatThrownBy(() -> TenantRules.checkName("x".repeat(121))).hasMessageContaining("121 characters; at most 120");
    }

    @Test
    void timeZonesMustBeIanaIdsOrEmptyForInherit() {
        assertThat(TenantRules.checkTimeZone("Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(TenantRules.checkTimeZone("")).isEmpty();
        assertThatThrownBy(() -> TenantRules.checkTimeZone("Mars/Olympus")).hasMessageContaining("\"Mars/Olympus\" is not a known time zone")
                .extracting("field").isEqualTo("timeZone");
    }

    @Test
    void tagsAreSplitTrimmedAndDeduplicatedIgnoringCase() {
        assertThat(TenantRules.parseTags(" vip, dental ,, VIP ")).containsExactly("vip", "dental");
        assertThatThrownBy(() -> TenantRules.checkTags(List.of("x".repeat(41)))).hasMessageContaining("longer than 40");
    }

    @Test
    void slugsAreLowerCaseAsciiWords() {
        assertThat(TenantRules.slugBase("Zürich Büro & Co.")).isEqualTo("zurich-buro-co");
        assertThat(TenantRules.slugBase("!!!")).isEqualTo("tenant");
    }
}
