package dev.canopy.domain.preference;

import dev.canopy.domain.preference.Effective.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class TenantNamingRuleTest {

    private static final UUID MSP = new UUID(0, 1);
    private static final UUID ACME = new UUID(0, 2);
    private static final Function<UUID, String> NAME = Map.of(MSP, "Northwind", ACME, "Acme")::get;
    private static final String RULE = PreferenceCatalogue.TENANT_NAMING_RULE.example();

    private static TenantNamingRule ruleOn(UUID tenant, String pattern) {
        return new TenantNamingRule(new Effective(pattern, Source.ANCESTOR, tenant, false));
    }

    @Test
    void aNameThatBreaksTheRuleIsWarnedAboutWithAnExample() {
        assertThat(ruleOn(MSP, RULE).check("acme", NAME)).hasValue(
                "\"acme\" does not follow the naming rule ^[A-Z][A-Za-z0-9 &.-]+ - [A-Z]{2,3}$ set on Northwind (e.g. \"Acme Dental - NY\").");
    }

    @Test
    void aNameThatFollowsTheRuleOrNoRuleGivesNoWarning() {
        assertThat(ruleOn(MSP, RULE).check("  Globex Dental - CA ", NAME)).isEmpty();
        TenantNamingRule none = new TenantNamingRule(Effective.ofDefault(""));
        assertThat(none.active()).isFalse();
        assertThat(none.check("anything at all", NAME)).isEmpty();
        assertThat(none.follows("anything at all")).isTrue();
    }

    @Test
    void aSiblingThatFollowsTheRuleIsPreferredAsTheExample() {
        assertThat(ruleOn(ACME, RULE).check("acme", List.of("messy name", "Initech - TX"), NAME)).hasValue(
                "\"acme\" does not follow the naming rule ^[A-Z][A-Za-z0-9 &.-]+ - [A-Z]{2,3}$ set on Acme (e.g. \"Initech - TX\").");
    }

    @Test
    void withoutAMatchingExampleTheHintIsLeftOut() {
        assertThat(ruleOn(MSP, "^CLIENT-\\d{4}$").check("Acme", NAME))
                .hasValue("\"Acme\" does not follow the naming rule ^CLIENT-\\d{4}$ set on Northwind.");
    }

    @Test
    void anUnanchoredRuleOnlyHasToAppearInTheName() {
        TenantNamingRule dental = ruleOn(MSP, "Dental");
        assertThat(dental.follows("Acme Dental Berlin")).isTrue();
        assertThat(dental.check("Acme Vet", NAME)).hasValue(
                "\"Acme Vet\" does not follow the naming rule Dental set on Northwind (e.g. \"Acme Dental - NY\").");
    }

    @Test
    void anInvalidStoredRuleIsReportedInsteadOfIgnored() {
        assertThat(ruleOn(MSP, "[a-").check("acme", NAME))
                .hasValue("The naming rule set on Northwind (\"[a-\") is not a valid pattern, so \"acme\" was not checked.");
    }

    @Test
    void theRuleIsTheParentsEffectiveOne() {
        Map<UUID, Map<String, TenantPreference>> own = TenantPreference.index(List.of(
                TenantPreference.of(PreferenceCatalogue.TENANT_NAMING_RULE, MSP, PreferenceMode.OVERRIDE, RULE, EffectivePreferencesTest.META)));
        TenantNamingRule underAcme = TenantNamingRule.forParent(new EffectivePreferences(List.of(MSP, ACME), own));
        assertThat(underAcme.check("acme berlin", NAME)).hasValueSatisfying(w -> assertThat(w).contains("set on Northwind"));
    }
}
