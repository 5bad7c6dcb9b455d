package dev.canopy.domain.preference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferenceCatalogueTest {

    private final PreferenceCatalogue catalogue = PreferenceCatalogue.standard();

    @Test
    void hasTheSettingsOfTheDesignWithTheirDefaults() {
        assertThat(catalogue.find("maintenance.rebootPreference")).hasValueSatisfying(d -> {
            assertThat(d.defaultValue()).isEqualTo("NORMAL");
            assertThat(d.type()).isEqualTo(new SettingType.ChoiceType(List.of("NORMAL", "FORCE", "SUPPRESS", "IF_REQUIRED")));
        });
        assertThat(catalogue.find("maintenance.promptTimeoutMinutes")).hasValueSatisfying(d -> {
            assertThat(d.defaultValue()).isEqualTo("60");
            assertThat(d.type()).isEqualTo(new SettingType.IntegerType(0, 1440, "minutes"));
        });
        assertDefault("maintenance.businessHours", SettingType.Kind.TIME_RANGE, "08:00-18:00");
        assertDefault("maintenance.excludedComputers", SettingType.Kind.COMPUTER_LIST, "");
        assertDefault("agent.autoUpdate", SettingType.Kind.BOOLEAN, "true");
        assertDefault("agent.updateChannel", SettingType.Kind.CHOICE, "STABLE");
        assertDefault("deployment.allowPrerelease", SettingType.Kind.BOOLEAN, "false");
        assertDefault("deployment.excludeFromCrossTenant", SettingType.Kind.BOOLEAN, "false");
        assertDefault("session.emailsEnabled", SettingType.Kind.BOOLEAN, "true");
        assertDefault("session.emailBcc", SettingType.Kind.EMAIL_LIST, "");
        assertDefault("people.userAffinitySync", SettingType.Kind.BOOLEAN, "true");
        assertDefault("onboarding.enabled", SettingType.Kind.BOOLEAN, "true");
        assertDefault("tenant.namingRule", SettingType.Kind.REGEX, "");
        assertThat(PreferenceCatalogue.TENANT_NAMING_RULE.example()).isEqualTo("^[A-Z][A-Za-z0-9 &.-]+ - [A-Z]{2,3}$");
        assertThat(catalogue.find("no.suchSetting")).isEmpty();
    }

    private void assertDefault(String key, SettingType.Kind kind, String defaultValue) {
        assertThat(catalogue.find(key)).as(key).hasValueSatisfying(d -> {
            assertThat(d.type().kind()).isEqualTo(kind);
            assertThat(d.defaultValue()).isEqualTo(defaultValue);
        });
    }

    @Test
    void everyDefaultAndExampleIsCanonicalForItsOwnType() {
        for (SettingDefinition d : catalogue.all()) {
            assertThat(d.parse(d.defaultValue())).as(d.key()).isEqualTo(d.defaultValue());
            if (!d.example().isEmpty()) {
                assertThat(d.parse(d.example())).as(d.key()).isEqualTo(d.example());
            }
            assertThat(d.description()).as(d.key()).endsWith(".").doesNotContain("\n");
            assertThat(PreferenceCatalogue.AREAS).as(d.key()).contains(d.area());
            assertThat(d.display(d.defaultValue())).as(d.key()).isNotNull();
        }
    }

    @Test
    void groupsByAreaInTheDocumentedOrder() {
        assertThat(catalogue.byArea().keySet()).containsExactlyElementsOf(PreferenceCatalogue.AREAS);
        assertThat(catalogue.byArea().get("Maintenance")).extracting(SettingDefinition::key)
                .startsWith("maintenance.rebootPreference", "maintenance.promptTimeoutMinutes");
        assertThat(catalogue.byArea().values().stream().mapToInt(List::size).sum()).isEqualTo(catalogue.all().size());
    }

    @Test
    void unknownAreasComeAfterTheKnownOnesInTheOrderTheyAppear() {
        SettingDefinition lab = new SettingDefinition("lab.one", "Lab", "One", SettingType.bool(), "true", "A test.");
        SettingDefinition zoo = new SettingDefinition("zoo.one", "Zoo", "One", SettingType.bool(), "true", "A test.");
        PreferenceCatalogue small = new PreferenceCatalogue(List.of(zoo, PreferenceCatalogue.TENANT_NAMING_RULE, lab,
                PreferenceCatalogue.AGENT_AUTO_UPDATE));
        assertThat(small.byArea().keySet()).containsExactly("Agent", "Tenants", "Zoo", "Lab");
    }

    @Test
    void definitionsRefuseBrokenDefaultsKeysAndDuplicates() {
        assertThatThrownBy(() -> new SettingDefinition("a.b", "Agent", "B", SettingType.integer(0, 10), "11", "D."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default of a.b is invalid");
        assertThatThrownBy(() -> new SettingDefinition("a.b", "Agent", "B", SettingType.integer(0, 10), "07", "D."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not canonical");
        assertThatThrownBy(() -> new SettingDefinition("A B", "Agent", "B", SettingType.bool(), "true", "D."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SettingDefinition("a.rule", "Tenants", "Rule", SettingType.regex(), "", "D."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an example");
        assertThatThrownBy(() -> new SettingDefinition("a.rule", "Tenants", "Rule", SettingType.regex(), "", "D.", "[x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("example of a.rule is invalid");
        assertThatThrownBy(() -> new PreferenceCatalogue(List.of(PreferenceCatalogue.AGENT_AUTO_UPDATE, PreferenceCatalogue.AGENT_AUTO_UPDATE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsingUsesTheLabelInMessagesAndTheKeyAsField() {
        assertThatThrownBy(() -> PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES.parse("abc"))
                .hasMessage("Prompt timeout must be a whole number from 0 to 1440 (got \"abc\").")
                .extracting("field").isEqualTo("maintenance.promptTimeoutMinutes");
        assertThatThrownBy(() -> PreferenceCatalogue.SESSION_EMAIL_BCC.parse("bob@"))
                .hasMessage("\"bob@\" is not a valid e-mail address.")
                .extracting("field").isEqualTo("session.emailBcc");
        assertThat(PreferenceCatalogue.REBOOT_PREFERENCE.display("IF_REQUIRED")).isEqualTo("If required");
        assertThat(PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES.display("60")).isEqualTo("60 minutes");
    }
}
