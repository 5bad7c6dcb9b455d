package dev.canopy.imports;

import dev.canopy.domain.RecordIds;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records a plan writes, as the one command that applies it: new clients and sites with the source's id as
 * their integration mapping, new computers (a removed computer with the same device id comes back under its old id
 * rather than being doubled), changed computers as the plan worked them out; changed people, then new ones (active, no
 * access role), each computer linked to its row's person, a new one included. Meta is the command's to set.
 */
public final class PlanRecords {

    private PlanRecords() {
    }

    /**
     * @param source          the integration mapping's source ("ninjaone")
     * @param removedByDevice device id → id of the computers removed here (deleted), which an import brings back
     */
    public static ImportRecords of(ImportPlan plan, String source, Map<String, UUID> removedByDevice, String label) {
        RecordMeta placeholder = ImportRecords.LIVE;
        Map<String, UUID> newIds = new HashMap<>();
        List<Tenant> tenants = new ArrayList<>();
        for (ImportPlan.NewTenant t : plan.newTenants()) {
            UUID id = RecordIds.next();
            newIds.put(t.key(), id);
            UUID parent = t.parentKey() == null ? t.existingParentId() : newIds.get(t.parentKey());
            // the kind follows the parent; the command sets it again from the parent it finds
            TenantKind kind = t.parentKey() == null ? TenantKind.CLIENT : TenantKind.SUB;
            tenants.add(new Tenant(id, t.name(), "", kind, parent, "", "", List.of(), true,
                    t.externalId().isEmpty() ? List.of() : List.of(new ExternalRef(source, t.externalId())), placeholder));
        }
        List<Person> people = new ArrayList<>();
        plan.personChanges().forEach(change -> people.add(change.after()));
        Map<ImportPlan.NewPerson, UUID> personIds = new java.util.IdentityHashMap<>();
        for (ImportPlan.NewPerson p : plan.newPeople()) {
            UUID id = RecordIds.next();
            personIds.put(p, id);
            people.add(new Person(id, p.tenantId() != null ? p.tenantId() : newIds.get(p.newTenantKey()), p.name(), p.email(),
                    null, true, List.of(), placeholder));
        }
        List<Computer> computers = new ArrayList<>();
        for (ImportPlan.NewComputer c : plan.newComputers()) {
            UUID id = c.deviceId().isEmpty() ? RecordIds.next() : removedByDevice.getOrDefault(c.deviceId(), RecordIds.next());
            // a device id is unique and required: a source without one gets the computer's own id
            String device = c.deviceId().isEmpty() ? id.toString() : c.deviceId();
            computers.add(new Computer(id, c.name(), c.tenantId() != null ? c.tenantId() : newIds.get(c.newTenantKey()), c.serialNumber(),
                    device, c.os(), c.osVersion(), c.lastSeen(), c.newPrimaryPerson() != null ? personIds.get(c.newPrimaryPerson())
                    : c.primaryPersonId(), List.of(), List.of(), placeholder));
        }
        for (ImportPlan.ComputerChange change : plan.changes()) {
            Computer a = change.after();
            UUID tenant = a.tenantId() != null ? a.tenantId() : newIds.get(change.newTenantKey());
            computers.add(new Computer(a.id(), a.name(), tenant, a.serialNumber(), a.deviceId(), a.os(), a.osVersion(), a.lastSeen(),
                    change.newPrimaryPerson() != null ? personIds.get(change.newPrimaryPerson()) : a.primaryPersonId(), a.tags(), List.of(),
                    a.meta()));
        }
        return new ImportRecords(label, tenants, people, computers);
    }
}
