package dev.canopy.domain.person;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.RuleViolation.Kind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules for people of a tenant: name, unique valid e-mail, and which roles can be granted where.
 * The store checks them on save; the Users editor asks the same methods as the technician types.
 */
public final class PersonRules {

    public static final int MAX_NAME_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PersonRules() {
    }

    public static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("displayName", Kind.REQUIRED, "Name is required.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("displayName", Kind.TOO_LONG, "Name is " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.");
        }
        return name;
    }

    /** The address trimmed and in lower case; refused when empty or not of the form name@domain.tld. */
    public static String checkEmail(String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            throw new RuleViolation("email", Kind.REQUIRED, "E-mail is required.");
        }
        if (!EMAIL.matcher(typed).matches()) {
            throw new RuleViolation("email", Kind.INVALID, "\"" + typed + "\" is not a valid e-mail address.");
        }
        return typed.toLowerCase(Locale.ROOT);
    }

    /** Integration mappings as every record's are checked: trimmed, source and id required and fitting, one per source. */
    public static List<ExternalRef> checkExternalRefs(List<ExternalRef> refs) {
        return dev.canopy.domain.tenant.IntegrationMappingRules.checkAll(refs);
    }

    public static void checkUniqueEmail(Person person, List<Person> tenantPeople, String tenantName) {
        checkUniqueEmail(person.id(), person.email(), tenantPeople, tenantName);
    }

    /** Refuses an address that another live person of the tenant (not self) already has, ignoring case. */
    public static void checkUniqueEmail(UUID self, String email, List<Person> tenantPeople, String tenantName) {
        for (Person other : tenantPeople) {
            if (!other.id().equals(self) && !other.meta().deleted() && other.email().equalsIgnoreCase(email)) {
                throw new RuleViolation("email", Kind.TAKEN, tenantName + " already has " + other.displayName() + " with " + other.email() + ".");
            }
        }
    }

    public static void checkRole(Role role, Tenant tenant, Role granter, boolean granterReachesTenant) {
        checkRole(role, tenant.kind(), tenant.name(), granter, granterReachesTenant);
    }

    /**
     * A role reaches the person's tenant and its subtree. MSP_ADMIN exists only in the MSP tenant; only an
     * MSP_ADMIN grants MSP_ADMIN or TECHNICIAN; nobody grants a role that reaches beyond their own. No
     * access (null) is always allowed.
     *
     * @param granter the signed-in technician's role and whether their tenant contains the person's tenant
     */
    public static void checkRole(Role role, TenantKind tenantKind, String tenantName, Role granter, boolean granterReachesTenant) {
        if (role == null) {
            return;
        }
        if (role == Role.MSP_ADMIN && tenantKind != TenantKind.MSP) {
            throw new RuleViolation("role", Kind.NOT_ALLOWED, "MSP admin exists only in the MSP tenant.");
        }
        if ((role == Role.MSP_ADMIN || role == Role.TECHNICIAN) && granter != Role.MSP_ADMIN) {
            throw new RuleViolation("role", Kind.NOT_ALLOWED, "Only an MSP admin can grant " + label(role) + ".");
        }
        if (granter == null || granter == Role.TENANT_USER || !granterReachesTenant) {
            throw new RuleViolation("role", Kind.NOT_ALLOWED, "You cannot grant roles in " + tenantName + ".");
        }
    }

    /** The roles {@link #checkRole} lets the granter give in a tenant of this kind, most reaching first. */
    public static List<Role> grantableRoles(TenantKind tenantKind, String tenantName, Role granter, boolean granterReachesTenant) {
        return Arrays.stream(Role.values()).filter(role -> {
            try {
                checkRole(role, tenantKind, tenantName, granter, granterReachesTenant);
                return true;
            } catch (RuleViolation refused) {
                return false;
            }
        }).toList();
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
