package dev.canopy.ui.preferences;

import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Preferences tab's rules and texts without a window: each setting's effective value and where
 * it comes from, override / enforce / inherit as undoable commands, locks by an enforcing ancestor
 * with the reason, and bad values refused with the setting type's message at the field.
 */
class PreferencesViewModelTest extends PreferencesFixture {

    private void choose(SettingDefinition setting) {
        model.selectedKeyProperty().set(setting.key());
    }

    private PreferenceRow selected() {
        return model.selectedRowProperty().get();
    }

    private String error() {
        return model.errorProperty().get();
    }

    @Test
    void settingsAreGroupedByAreaInCatalogueOrderAndAllShowTheirDefaultAtFirst() {
        openOn("Acme");
        TenantPreferences shown = model.preferencesProperty().get();
        assertThat(shown.tenantName()).isEqualTo("Acme");
        assertThat(shown.byArea().keySet()).containsExactlyElementsOf(PreferenceCatalogue.standard().byArea().keySet())
                .startsWith("Maintenance", "Agent", "Deployments");
        shown.byArea().forEach((area, rows) -> assertThat(rows).extracting(PreferenceRow::key)
                .containsExactlyElementsOf(PreferenceCatalogue.standard().byArea().get(area).stream().map(SettingDefinition::key).toList()));
        assertThat(PreferenceCatalogue.standard().all()).allSatisfy(setting -> assertThat(row(setting).source()).isEqualTo("Default"));

        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
        assertThat(line(PreferenceCatalogue.REBOOT_PREFERENCE)).containsExactly("Reboot preference", "Normal", "Default", "Inherit");
        assertThat(line(PreferenceCatalogue.BUSINESS_HOURS)).containsExactly("Business hours", "08:00–18:00", "Default", "Inherit");
        assertThat(selected()).as("nothing chosen yet").isNull();
    }

    @Test
    void anOverrideOnAClientIsInheritedByItsSubTenantAndUndoGoesBackToTheClient() {
        openOn("Acme");
        choose(PROMPT);
        assertThat(selected().inEffect()).isEqualTo("In effect: 60 minutes  ·  Default");
        assertThat(selected().canInherit()).as("nothing of its own to remove").isFalse();
        assertThat(selected().actionHint()).isEqualTo("Override sets it here; Enforce also stops the tenants below from changing it.");

        model.apply(PreferenceMode.OVERRIDE, "30");
        assertThat(stored()).extracting(TenantPreference::tenantId, TenantPreference::key, TenantPreference::mode, TenantPreference::value)
                .containsExactly(tuple(seed.acme, PROMPT.key(), PreferenceMode.OVERRIDE, "30"));
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "30 minutes", "Set on this tenant", "Override");
        assertThat(selected().inEffect()).as("the editor follows").isEqualTo("In effect: 30 minutes  ·  Set on this tenant");
        assertThat(selected().canInherit()).isTrue();
        assertThat(selected().actionHint()).isEqualTo("Set here: the tenants below inherit it unless they set their own.");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo override of Prompt timeout on Acme");

        show("Acme Berlin");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "30 minutes", "Inherited from Acme", "Inherit");
        assertThat(selected().key()).as("the same setting stays chosen").isEqualTo(PROMPT.key());
        show("Globex");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");

        main.undo(e -> { throw new AssertionError(e); });
        assertThat(stored()).isEmpty();
        assertThat(model.preferencesProperty().get().tenantName()).as("undo goes back to the tenant it changed").isEqualTo("Acme");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
    }

    @Test
    void aValueEnforcedByTheMspLocksItBelowWithTheReasonUntilTheMspInheritsAgain() {
        openOn("Northwind", store -> store.execute(new SetPreference(seed.acme, PROMPT.key(), PreferenceMode.OVERRIDE, "45")));
        choose(PROMPT);
        model.apply(PreferenceMode.ENFORCED, "15");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced here", "Enforce");
        assertThat(selected().actionHint()).isEqualTo("Enforced here: the tenants below cannot override it.");

        show("Acme");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced by Northwind", "Override (ignored)");
        assertThat(selected().locked()).isTrue();
        assertThat(selected().effective().enforced()).as("shown with a lock").isTrue();
        assertThat(selected().lockedWhy()).isEqualTo("Enforced by Northwind: children cannot override it.");
        assertThat(selected().canInherit()).as("its own value can still be removed").isTrue();
        assertThat(selected().actionHint()).isEqualTo("Inherit removes this tenant's own value, which is not in effect.");
        // Override is disabled here; were it sent anyway, the command's refusal lands at the field
        model.apply(PreferenceMode.OVERRIDE, "20");
        assertThat(error()).isEqualTo("\"Prompt timeout\" is enforced by Northwind: children cannot override it.");

        show("Acme Berlin");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "15 minutes", "Enforced by Northwind", "Inherit");
        assertThat(selected().canInherit()).isFalse();
        assertThat(selected().actionHint()).isEmpty();

        show("Northwind");
        model.apply(PreferenceMode.INHERIT, "");
        assertThat(stored()).extracting(TenantPreference::tenantId).containsExactly(seed.acme);
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "60 minutes", "Default", "Inherit");
        show("Acme");
        assertThat(line(PROMPT)).containsExactly("Prompt timeout", "45 minutes", "Set on this tenant", "Override");
        assertThat(selected().locked()).isFalse();

        main.undo(e -> { throw new AssertionError(e); });
        assertThat(stored()).extracting(TenantPreference::tenantId, TenantPreference::mode, TenantPreference::value)
                .containsExactlyInAnyOrder(tuple(seed.acme, PreferenceMode.OVERRIDE, "45"), tuple(seed.msp, PreferenceMode.ENFORCED, "15"));
    }

    @Test
    void badValuesAreRefusedWithTheTypesMessageAtTheFieldAndNothingIsSaved() {
        openOn("Acme");
        choose(PROMPT);
        model.recheck("abc");
        assertThat(error()).as("half-typed input is not shouted at before a save").isEmpty();

        model.apply(PreferenceMode.OVERRIDE, "abc");
        assertThat(error()).isEqualTo("Prompt timeout must be a whole number from 0 to 1440 (got \"abc\").");
        model.recheck("5000");
        assertThat(error()).as("re-checked as it is typed").isEqualTo("Prompt timeout must be a whole number from 0 to 1440 (got \"5000\").");
        model.apply(PreferenceMode.ENFORCED, "5000");
        assertThat(error()).isEqualTo("Prompt timeout must be a whole number from 0 to 1440 (got \"5000\").");
        model.recheck("120");
        assertThat(error()).as("the message goes once the value is fixed").isEmpty();

        choose(PreferenceCatalogue.BUSINESS_HOURS);
        model.apply(PreferenceMode.OVERRIDE, "18:00-08:00");
        assertThat(error()).isEqualTo("Business hours must start before it ends (got \"18:00-08:00\").");
        choose(PreferenceCatalogue.SESSION_EMAIL_BCC);
        assertThat(error()).as("another setting starts clean").isEmpty();
        model.apply(PreferenceMode.OVERRIDE, "bob@");
        assertThat(error()).isEqualTo("\"bob@\" is not a valid e-mail address.");
        show("Globex");
        assertThat(error()).as("another tenant starts clean").isEmpty();

        assertThat(stored()).isEmpty();
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
        assertThat(row(PROMPT).source()).isEqualTo("Default");
    }

    @Test
    void savingWhatIsAlreadyInEffectHereIsRefusedAtTheField() {
        openOn("Acme");
        choose(PROMPT);
        model.apply(PreferenceMode.OVERRIDE, "30");
        model.apply(PreferenceMode.OVERRIDE, "30");
        assertThat(error()).isEqualTo("Nothing to save: the setting is already like that.");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void anEditorsOwnMessageShowsAtTheFieldUntilItClearsIt() {
        openOn("Acme");
        choose(PreferenceCatalogue.SESSION_EMAIL_BCC);
        model.report("\"DESK@acme.example\" is listed more than once.");
        assertThat(error()).isEqualTo("\"DESK@acme.example\" is listed more than once.");
        model.report("");
        assertThat(error()).isEmpty();
    }

    @Test
    void aComputerListOffersTheTenantsAndItsSubTenantsComputersAndKeepsUnknownIdsFirst() {
        openOn("Acme");
        UUID gone = UUID.fromString("0badc0de-0000-4000-8000-000000000000");
        List<ComputerChoice> choices = new ArrayList<>();
        model.computerChoices(List.of(seed.acmeServer, gone), choices::addAll);

        assertThat(choices.get(0)).isEqualTo(new ComputerChoice(gone, "Unknown computer 0badc0de… (not in this tenant)"));
        assertThat(choices.subList(1, choices.size())).extracting(ComputerChoice::text)
                .containsExactlyInAnyOrder("ACM-LT-02  ·  laptop", "ACM-SRV-01  ·  server", "BER-LT-01  ·  Acme Berlin  ·  laptop");
    }

    @Test
    void aHiddenTabReadsNothingUntilItIsShownAgain() {
        openOn("Acme");
        model.setActive(false);
        show("Globex");
        assertThat(model.preferencesProperty().get().tenantName()).isEqualTo("Acme");
        model.setActive(true);
        assertThat(model.preferencesProperty().get().tenantName()).isEqualTo("Globex");
    }
}
