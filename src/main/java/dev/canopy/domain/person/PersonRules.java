package dev.canopy.domain.person;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.RuleViolation.Kind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules for people of a tenant: name, unique valid e-mail, and which roles can be granted where.
 * The store checks them on save; the Users editor asks the same methods as the technician types.
 */
public final class PersonRules {

    public static final int MAX_NAME_LENGTH = 200;
    /** The columns of person_external_ref. */
    public static final int MAX_REF_SOURCE_LENGTH = 40;
    public static final int MAX_REF_ID_LENGTH = 200;

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

    /** Integration mappings trimmed; refused when a source or id is blank or too long, or a source is given twice. */
    public static List<ExternalRef> checkExternalRefs(List<ExternalRef> refs) {
        List<ExternalRef> checked = new ArrayList<>(refs.size());
        Set<String> sources = new HashSet<>();
        for (ExternalRef ref : refs) {
            String source = ref.source() == null ? "" : ref.source().strip();
            String id = ref.externalId() == null ? "" : ref.externalId().strip();
            if (source.isEmpty() || id.isEmpty()) {
                throw new RuleViolation("externalRefs", Kind.REQUIRED, "An integration mapping needs a source and an id.");
            }
            if (source.length() > MAX_REF_SOURCE_LENGTH || id.length() > MAX_REF_ID_LENGTH) {
                throw new RuleViolation("externalRefs", Kind.TOO_LONG, "The " + source + " mapping is too long (source at most "
                        + MAX_REF_SOURCE_LENGTH + " characters, id at most " + MAX_REF_ID_LENGTH + ").");
            }
            if (!sources.add(source.toLowerCase(Locale.ROOT))) {
                throw new RuleViolation("externalRefs", Kind.INVALID, "A person has one " + source + " mapping, not two.");
            }
            checked.add(new ExternalRef(source, id));
        }
        return checked;
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
