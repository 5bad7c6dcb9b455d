package dev.canopy.domain.person;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for people of a tenant: name, unique valid e-mail, and which roles can be granted where. */
public final class PersonRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PersonRules() {
    }

    public static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("displayName", "Name is required.");
        }
        if (name.length() > 200) {
            throw new RuleViolation("displayName", "Name is " + name.length() + " characters; at most 200 are allowed.");
        }
        return name;
    }

    public static String checkEmail(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("email", "\"" + (raw == null ? "" : raw.strip()) + "\" is not a valid e-mail address.");
        }
        return email;
    }

    public static void checkUniqueEmail(Person person, List<Person> tenantPeople, String tenantName) {
        for (Person other : tenantPeople) {
            if (!other.id().equals(person.id()) && !other.meta().deleted() && other.email().equalsIgnoreCase(person.email())) {
                throw new RuleViolation("email", tenantName + " already has " + other.displayName() + " with " + other.email() + ".");
            }
        }
    }

    /**
     * A role reaches the person's tenant and its subtree. MSP_ADMIN exists only in the MSP tenant; only an
     * MSP_ADMIN grants MSP_ADMIN or TECHNICIAN; nobody grants a role that reaches beyond their own.
     *
     * @param granter the signed-in technician's role and whether their tenant contains the person's tenant
     */
    public static void checkRole(Role role, Tenant tenant, Role granter, boolean granterReachesTenant) {
        if (role == null) {
            return;
        }
        if (role == Role.MSP_ADMIN && tenant.kind() != TenantKind.MSP) {
            throw new RuleViolation("role", "MSP admin exists only in the MSP tenant.");
        }
        if ((role == Role.MSP_ADMIN || role == Role.TECHNICIAN) && granter != Role.MSP_ADMIN) {
            throw new RuleViolation("role", "Only an MSP admin can grant " + label(role) + ".");
        }
        if (granter == null || granter == Role.TENANT_USER || !granterReachesTenant) {
            throw new RuleViolation("role", "You cannot grant roles in " + tenant.name() + ".");
        }
    }

    public static String label(Role role) {
        return role == null ? "No access" : switch (role) {
            case MSP_ADMIN -> "MSP admin";
            case TECHNICIAN -> "Technician";
            case TENANT_ADMIN -> "Tenant admin";
            case TENANT_USER -> "Tenant user (reads)";
        };
    }
}
