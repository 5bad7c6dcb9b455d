package dev.canopy.domain.person;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.tenant.Tenant;

import java.util.UUID;

/**
 * People as records the generic save/delete commands handle. Until sync brings identities, the
 * local technician is an MSP admin (DESIGN.md), so every role the tenant allows can be granted.
 */
public final class PersonKind implements RecordKind<Person> {

    public static final PersonKind INSTANCE = new PersonKind();

    /** The signed-in technician's role while the app runs without a sync server. */
    public static final Role LOCAL_TECHNICIAN_ROLE = Role.MSP_ADMIN;

    private PersonKind() {
    }

    @Override
    public String name() {
        return "person";
    }

    @Override
    public String describe(Person p) {
        return p.displayName();
    }

    @Override
    public UUID id(Person p) {
        return p.id();
    }

    @Override
    public UUID tenantId(Person p) {
        return p.tenantId();
    }

    @Override
    public RecordMeta meta(Person p) {
        return p.meta();
    }

    @Override
    public Person withMeta(Person p, RecordMeta meta) {
        return p.withMeta(meta);
    }

    @Override
    public Person check(Workspace ws, Person p) {
        Tenant tenant = ws.tenant(p.tenantId()).orElseThrow();
        Person checked = new Person(p.id(), p.tenantId(), PersonRules.checkName(p.displayName()), PersonRules.checkEmail(p.email()),
                p.role(), p.active(), PersonRules.checkExternalRefs(p.externalRefs()), p.meta());
        PersonRules.checkUniqueEmail(checked, ws.ofTenant(this, p.tenantId()), tenant.name());
        PersonRules.checkRole(checked.role(), tenant, LOCAL_TECHNICIAN_ROLE, true);
        return checked;
    }

    @Override
    public String toString() {
        return name();
    }
}
