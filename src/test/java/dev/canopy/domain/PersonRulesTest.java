package dev.canopy.domain;

import dev.canopy.domain.RuleViolation.Kind;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.TenantKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PersonRulesTest {

    private static final RecordMeta META = RecordMeta.created(Instant.EPOCH, "test");
    private final UUID acme = UUID.randomUUID();
    private final Person dana = new Person(UUID.randomUUID(), acme, "Dana Cole", "dana@acme.example", Role.TENANT_ADMIN, true, List.of(), META);

    private static RuleViolation refusal(ThrowingCallable rule) {
        return catchThrowableOfType(rule, RuleViolation.class);
    }

    @Test
    void aNameIsRequiredAndHasAtMost200Characters() {
        assertThat(PersonRules.checkName("  Alex Kim ")).isEqualTo("Alex Kim");
        assertThat(refusal(() -> PersonRules.checkName(" "))).hasMessage("Name is required.")
                .satisfies(v -> assertThat(v.is("displayName", Kind.REQUIRED)).isTrue());
        assertThat(refusal(() -> PersonRules.checkName("x".repeat(201))).is("displayName", Kind.TOO_LONG)).isTrue();
    }

    @Test
    void anEmailIsRequiredValidAndKeptInLowerCase() {
        assertThat(PersonRules.checkEmail(" Alex@Acme.Example ")).isEqualTo("alex@acme.example");
        assertThat(refusal(() -> PersonRules.checkEmail("  "))).hasMessage("E-mail is required.")
                .satisfies(v -> assertThat(v.is("email", Kind.REQUIRED)).isTrue());
        assertThat(refusal(() -> PersonRules.checkEmail(" alex@acme "))).hasMessage("\"alex@acme\" is not a valid e-mail address.")
                .satisfies(v -> assertThat(v.is("email", Kind.INVALID)).isTrue());
    }

    @Test
    void anEmailIsUniqueInItsTenantIgnoringCaseExceptForThePersonThemselves() {
        assertThat(refusal(() -> PersonRules.checkUniqueEmail(null, "DANA@acme.example", List.of(dana), "Acme")))
                .hasMessage("Acme already has Dana Cole with dana@acme.example.")
                .satisfies(v -> assertThat(v.is("email", Kind.TAKEN)).isTrue());
        assertThatCode(() -> PersonRules.checkUniqueEmail(dana.id(), "dana@acme.example", List.of(dana), "Acme")).doesNotThrowAnyException();
        Person removed = new Person(UUID.randomUUID(), acme, "Old Dana", "dana@acme.example", null, true, List.of(), META.withDeleted(true, Instant.EPOCH, "test"));
        assertThatCode(() -> PersonRules.checkUniqueEmail(null, "dana@acme.example", List.of(removed), "Acme")).doesNotThrowAnyException();
    }

    @Test
    void integrationMappingsAreTrimmedNeedASourceAndAnIdAndHoldOneIdPerSource() {
        assertThat(PersonRules.checkExternalRefs(List.of(new ExternalRef(" entra ", " 0f6b-01 "), new ExternalRef("psa", "17"))))
                .containsExactly(new ExternalRef("entra", "0f6b-01"), new ExternalRef("psa", "17"));
        assertThat(refusal(() -> PersonRules.checkExternalRefs(List.of(new ExternalRef("entra", " ")))))
                .hasMessage("External id is required.");
        assertThat(refusal(() -> PersonRules.checkExternalRefs(List.of(new ExternalRef("entra", "a"), new ExternalRef("Entra", "b")))))
                .hasMessage("Source entra is listed twice (external ids a and b); there is one mapping per source.")
                .satisfies(v -> assertThat(v.is("externalRefs", Kind.TAKEN)).isTrue());
        assertThat(refusal(() -> PersonRules.checkExternalRefs(List.of(new ExternalRef("entra", "x".repeat(201))))).is("externalRefs", Kind.TOO_LONG)).isTrue();
    }

    @Test
    void mspAdminExistsOnlyInTheMspTenantAndOnlyAnMspAdminGrantsTheMspRoles() {
        assertThat(refusal(() -> PersonRules.checkRole(Role.MSP_ADMIN, TenantKind.CLIENT, "Acme", Role.MSP_ADMIN, true)))
                .hasMessage("MSP admin exists only in the MSP tenant.")
                .satisfies(v -> assertThat(v.is("role", Kind.NOT_ALLOWED)).isTrue());
        assertThat(refusal(() -> PersonRules.checkRole(Role.TECHNICIAN, TenantKind.CLIENT, "Acme", Role.TENANT_ADMIN, true)))
                .hasMessage("Only an MSP admin can grant Technician.");
        assertThat(refusal(() -> PersonRules.checkRole(Role.TENANT_USER, TenantKind.CLIENT, "Acme", Role.TENANT_ADMIN, false)))
                .hasMessage("You cannot grant roles in Acme.");
        assertThatCode(() -> PersonRules.checkRole(null, TenantKind.CLIENT, "Acme", Role.TENANT_USER, false)).as("no access").doesNotThrowAnyException();
    }

    @Test
    void theGrantableRolesAreThoseTheRulesAllow() {
        assertThat(PersonRules.grantableRoles(TenantKind.MSP, "Northwind", Role.MSP_ADMIN, true))
                .containsExactly(Role.MSP_ADMIN, Role.TECHNICIAN, Role.TENANT_ADMIN, Role.TENANT_USER);
        assertThat(PersonRules.grantableRoles(TenantKind.SUB, "Berlin", Role.MSP_ADMIN, true))
                .containsExactly(Role.TECHNICIAN, Role.TENANT_ADMIN, Role.TENANT_USER);
        assertThat(PersonRules.grantableRoles(TenantKind.CLIENT, "Acme", Role.TENANT_ADMIN, true))
                .containsExactly(Role.TENANT_ADMIN, Role.TENANT_USER);
        assertThat(PersonRules.grantableRoles(TenantKind.CLIENT, "Acme", Role.TENANT_USER, true)).isEmpty();
    }
}
