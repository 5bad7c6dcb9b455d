package dev.canopy.imports;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;

import java.util.List;
import java.util.UUID;

/**
 * What an import would do, before it does anything (the dry run): tenants and computers to create, computers to
 * change field by field, how many are unchanged, computers here that the source no longer lists (never deleted
 * automatically), names likely meaning a tenant that exists, every row that cannot be imported with its line, and how
 * many rows were read; and likewise the people the rows name (new, changed field by field, unchanged).
 */
public record ImportPlan(List<NewTenant> newTenants, List<NewComputer> newComputers, List<ComputerChange> changes, int unchanged,
                         List<Computer> missingFromSource, List<LikelySame> likelySame, List<Problem> problems, int rows,
                         List<NewPerson> newPeople, List<PersonChange> personChanges, int peopleUnchanged) {

    /** A client (no parent given) or a site (under {@code parentKey}) the import creates, with its id in the source. */
    public record NewTenant(String key, String name, String parentKey, UUID existingParentId, String externalId) {
    }

    /**
     * A computer the import creates, in the tenant an existing id or a new tenant's key names, with the row's person as
     * its primary person: one here ({@code primaryPersonId}), one the import creates ({@code newPrimaryPerson}), or none;
     * {@code primaryPerson} is its name as the dry run shows it ("" for none).
     */
    public record NewComputer(int line, String name, UUID tenantId, String newTenantKey, String deviceId, String serialNumber, String os,
                              String osVersion, java.time.Instant lastSeen, UUID primaryPersonId, NewPerson newPrimaryPerson, String primaryPerson) {
    }

    /** One field of an existing computer the import changes. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * An existing computer the import changes: as it is, the fields that change, and as it would be; its tenant is
     * {@code after.tenantId()}, or the new tenant {@code newTenantKey} names when that is null; its primary person is
     * {@code after.primaryPersonId()}, or the person the import creates, {@code newPrimaryPerson}, when that is given.
     */
    public record ComputerChange(int line, Computer computer, List<FieldChange> fields, Computer after, String newTenantKey,
                                 NewPerson newPrimaryPerson) {
    }

    /** A person the import creates (no access role), in the tenant an existing id or a new tenant's key names. */
    public record NewPerson(int line, String name, String email, UUID tenantId, String newTenantKey) {
    }

    /** An existing person the import changes: as it is, the fields that change (name, e-mail), and as it would be. */
    public record PersonChange(int line, Person person, List<FieldChange> fields, Person after) {
    }

    /** A name in the file that is likely a tenant here written differently ("Muller GmbH" and "Müller GmbH"). */
    public record LikelySame(int line, String inFile, UUID tenantId, String here) {
    }

    public record Problem(int line, String reason) {
    }

    public ImportPlan {
        newTenants = List.copyOf(newTenants);
        newComputers = List.copyOf(newComputers);
        changes = List.copyOf(changes);
        missingFromSource = List.copyOf(missingFromSource);
        likelySame = List.copyOf(likelySame);
        problems = List.copyOf(problems);
        newPeople = List.copyOf(newPeople);
        personChanges = List.copyOf(personChanges);
    }

    /** Whether applying would change nothing (re-importing the same file). */
    public boolean changesNothing() {
        return newTenants.isEmpty() && newComputers.isEmpty() && changes.isEmpty() && newPeople.isEmpty() && personChanges.isEmpty();
    }
}
