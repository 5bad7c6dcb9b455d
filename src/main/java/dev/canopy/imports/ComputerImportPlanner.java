package dev.canopy.imports;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Works out an {@link ImportPlan} for computers, row by row. A client is found by the source's id in a tenant's
 * integration mappings first, then by name (ignoring case) among the MSP's clients; a site likewise under its
 * client. An id goes to the tenant that owns the mapping, wherever the row puts it: the tenants below it that inherit
 * the mapping (a branch billing through its client's PSA company) are not that record of the source, and a tenant this
 * import creates with an id is the one later rows with that id go to, so no two tenants end up holding one id; a computer by its device id, then its serial number, then its name in its tenant. A name that only
 * likely matches (accents, spacing) is reported and its rows held back rather than creating a second tenant. A row's
 * person (name and/or e-mail) goes to the same tenant as its computer ({@link PersonRowPlanner}); a row may name only
 * a person.
 * Re-planning the same file after applying it gives a plan that changes nothing.
 */
public final class ComputerImportPlanner {

    private final TenantHierarchy hierarchy;
    private final UUID mspId;
    /** External id → the tenant owning it as its own mapping; descendants only inherit it (IntegrationMappings). */
    private final Map<String, UUID> byExternalId = new HashMap<>();
    private final Map<String, Computer> byDevice = new HashMap<>();
    private final Map<String, Computer> bySerial = new HashMap<>();
    private final Map<String, Computer> byName = new HashMap<>();
    private final List<Computer> existing;
    private final ColumnMapping mapping;
    private final SourceDates.Order dateOrder;
    private final ZoneId zone;

    private final Map<String, ImportPlan.NewTenant> newTenants = new LinkedHashMap<>();
    /** External id → the new tenant of this import that will own it. */
    private final Map<String, ImportPlan.NewTenant> newByExternalId = new HashMap<>();
    /** The rows' computers, new and existing, each waiting for its row's person: people are matched once every row is read. */
    private final List<NewRow> newRows = new ArrayList<>();
    private final List<ChangeRow> changeRows = new ArrayList<>();
    private final Map<UUID, String> personNames = new HashMap<>();
    private final List<ImportPlan.LikelySame> likelySame = new ArrayList<>();
    private final List<ImportPlan.Problem> problems = new ArrayList<>();
    private final Set<UUID> seenComputers = new HashSet<>();
    private final Set<UUID> touchedTenants = new HashSet<>();
    private final Set<String> seenKeys = new HashSet<>();
    private final PersonRowPlanner people;
    private int rows;

    /**
     * @param tenants   every live tenant with its integration mappings
     * @param computers every live computer
     * @param people    every live person
     * @param source    the integration mapping's source the file's ids belong to ("ninjaone")
     */
    public ComputerImportPlanner(TenantHierarchy hierarchy, List<Tenant> tenants, List<Computer> computers, List<Person> people,
                                 String source, ColumnMapping mapping, SourceDates.Order dateOrder, ZoneId zone) {
        this.hierarchy = hierarchy;
        this.mspId = hierarchy.root().map(TenantNode::id).orElse(null);
        this.mapping = mapping;
        this.dateOrder = dateOrder;
        this.zone = zone;
        this.existing = List.copyOf(computers);
        this.people = new PersonRowPlanner(people, problems);
        people.forEach(p -> personNames.put(p.id(), p.displayName()));
        for (Tenant t : tenants) {
            for (ExternalRef ref : t.externalRefs()) {
                if (ref.source().equalsIgnoreCase(source)) {
                    byExternalId.put(ref.externalId(), t.id());
                }
            }
        }
        for (Computer c : computers) {
            if (!c.deviceId().isBlank()) {
                byDevice.put(c.deviceId(), c);
            }
            if (!c.serialNumber().isBlank()) {
                bySerial.put(c.serialNumber().toLowerCase(Locale.ROOT), c);
            }
            byName.put(c.tenantId() + "/" + c.name().toLowerCase(Locale.ROOT), c);
        }
    }

    public void add(SourceRow row) {
        rows++;
        String name = mapping.value(row, ImportField.COMPUTER_NAME);
        String client = mapping.value(row, ImportField.CLIENT);
        String personName = mapping.value(row, ImportField.PERSON_NAME);
        String personEmail = mapping.value(row, ImportField.PERSON_EMAIL);
        String person = personName.isEmpty() ? personEmail : personName;
        if ((name.isEmpty() && person.isEmpty()) || client.isEmpty()) {
            problems.add(new ImportPlan.Problem(row.line(), (name.isEmpty() && person.isEmpty() ? "The computer has no name"
                    : (name.isEmpty() ? "The person " + person : "The computer " + name) + " has no client") + "."));
            return;
        }
        Instant lastSeen;
        try {
            lastSeen = SourceDates.parse(mapping.value(row, ImportField.LAST_SEEN), dateOrder, zone).orElse(null);
        } catch (IllegalArgumentException notADate) {
            problems.add(new ImportPlan.Problem(row.line(), "Last seen: " + notADate.getMessage() + "."));
            return;
        }
        Place clientPlace = place(row.line(), client, mapping.value(row, ImportField.CLIENT_ID), null, mspId);
        if (clientPlace == null) {
            return;
        }
        Place place = clientPlace;
        String site = mapping.value(row, ImportField.SITE);
        if (!site.isEmpty()) {
            place = place(row.line(), site, mapping.value(row, ImportField.SITE_ID), clientPlace.newKey, clientPlace.id);
            if (place == null) {
                return;
            }
        }
        PersonRowPlanner.Entry rowPerson = person.isEmpty() ? null
                : people.add(row.line(), place.id, place.newKey, place.id == null ? place.name : tenantName(place.id), personName, personEmail, name);
        if (name.isEmpty()) {
            return;  // a row of a person only
        }
        String deviceKey = mapping.value(row, ImportField.DEVICE_ID);
        String serial = mapping.value(row, ImportField.SERIAL_NUMBER);
        String os = mapping.value(row, ImportField.OS);
        String osVersion = mapping.value(row, ImportField.OS_VERSION);
        String rowKey = !deviceKey.isEmpty() ? "device " + deviceKey : (place.id + "/" + place.newKey + "/" + name.toLowerCase(Locale.ROOT));
        if (!seenKeys.add(rowKey)) {
            problems.add(new ImportPlan.Problem(row.line(), "The file lists " + (deviceKey.isEmpty() ? name : "device id " + deviceKey)
                    + " twice; only the first is imported."));
            return;
        }
        Computer match = match(deviceKey, serial, name, place.id);
        if (match == null) {
            newRows.add(new NewRow(new ImportPlan.NewComputer(row.line(), name, place.id, place.newKey, deviceKey, serial, os, osVersion, lastSeen,
                    null, null, ""), rowPerson));
            return;
        }
        seenComputers.add(match.id());
        List<ImportPlan.FieldChange> fields = new ArrayList<>();
        compare(fields, "name", match.name(), name);
        if (!Objects.equals(place.id, match.tenantId())) {  // a new tenant's id is null: the computer moves there
            fields.add(new ImportPlan.FieldChange("tenant", tenantName(match.tenantId()), place.id == null ? place.name : tenantName(place.id)));
        }
        compare(fields, "device id", match.deviceId(), deviceKey);
        compare(fields, "serial number", match.serialNumber(), serial);
        compare(fields, "operating system", match.os(), os);
        compare(fields, "OS version", match.osVersion(), osVersion);
        if (lastSeen != null && (match.lastSeen() == null || lastSeen.isAfter(match.lastSeen()))) {
            fields.add(new ImportPlan.FieldChange("last seen", String.valueOf(match.lastSeen()), lastSeen.toString()));
        }
        Computer after = new Computer(match.id(), name, place.id, or(serial, match.serialNumber()), or(deviceKey, match.deviceId()),
                or(os, match.os()), or(osVersion, match.osVersion()), lastSeen != null && (match.lastSeen() == null || lastSeen.isAfter(match.lastSeen()))
                ? lastSeen : match.lastSeen(), match.primaryPersonId(), match.tags(), match.software(), match.meta());
        changeRows.add(new ChangeRow(row.line(), match, fields, after, place.newKey, rowPerson));
    }

    /** A new computer's row and its person (null: none, or one that is a problem). */
    private record NewRow(ImportPlan.NewComputer computer, PersonRowPlanner.Entry person) {
    }

    /** An existing computer's row: its fields that change so far (the person is compared once planned), and as it would be. */
    private record ChangeRow(int line, Computer computer, List<ImportPlan.FieldChange> fields, Computer after, String newTenantKey,
                             PersonRowPlanner.Entry person) {
    }

    /** A new computer with its row's person as its primary person. */
    private static ImportPlan.NewComputer linked(ImportPlan.NewComputer c, PersonRowPlanner.Link person) {
        return new ImportPlan.NewComputer(c.line(), c.name(), c.tenantId(), c.newTenantKey(), c.deviceId(), c.serialNumber(), c.os(),
                c.osVersion(), c.lastSeen(), person.existingId(), person.created(), person.name());
    }

    /**
     * An existing computer's change, with its row's person as its primary person when that is another one than its own
     * ("primary person: Ann Lee → Ben Ode"); null when nothing changes.
     */
    private ImportPlan.ComputerChange change(ChangeRow row, java.util.Optional<PersonRowPlanner.Link> person) {
        List<ImportPlan.FieldChange> fields = new ArrayList<>(row.fields());
        Computer after = row.after();
        ImportPlan.NewPerson created = null;
        // a person the import creates is another one than any the computer has now, none included
        if (person.isPresent() && (person.get().created() != null || !Objects.equals(person.get().existingId(), row.computer().primaryPersonId()))) {
            UUID before = row.computer().primaryPersonId();
            fields.add(new ImportPlan.FieldChange("primary person", before == null ? "" : personNames.getOrDefault(before, before.toString()),
                    person.get().name()));
            created = person.get().created();
            if (created == null) {
                after = new Computer(after.id(), after.name(), after.tenantId(), after.serialNumber(), after.deviceId(), after.os(),
                        after.osVersion(), after.lastSeen(), person.get().existingId(), after.tags(), after.software(), after.meta());
            }
        }
        return fields.isEmpty() ? null : new ImportPlan.ComputerChange(row.line(), row.computer(), fields, after, row.newTenantKey(), created);
    }

    public ImportPlan plan() {
        List<Computer> missing = existing.stream().filter(c -> touchedTenants.contains(c.tenantId()) && !seenComputers.contains(c.id())).toList();
        PersonRowPlanner.Planned planned = people.plan();
        List<ImportPlan.NewComputer> newComputers = newRows.stream()
                .map(r -> planned.link(r.person()).map(p -> linked(r.computer(), p)).orElse(r.computer())).toList();
        List<ImportPlan.ComputerChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (ChangeRow row : changeRows) {
            ImportPlan.ComputerChange change = change(row, planned.link(row.person()));
            if (change == null) {
                unchanged++;
            } else {
                changes.add(change);
            }
        }
        // people's problems found once every row is read come last: listed by line, as the file reads
        List<ImportPlan.Problem> byLine = problems.stream().sorted(java.util.Comparator.comparingInt(ImportPlan.Problem::line)).toList();
        return new ImportPlan(List.copyOf(newTenants.values()), newComputers, changes, unchanged, missing, likelySame, byLine, rows,
                planned.newPeople(), planned.changes(), planned.unchanged());
    }

    /** Where a row's computer goes: an existing tenant's id, or the key of a tenant this import creates. */
    private record Place(UUID id, String newKey, String name) {
    }

    private Place place(int line, String name, String externalId, String parentNewKey, UUID parentId) {
        if (!externalId.isEmpty() && byExternalId.containsKey(externalId)) {
            UUID id = byExternalId.get(externalId);
            touchedTenants.add(id);
            return new Place(id, null, tenantName(id));
        }
        if (!externalId.isEmpty() && newByExternalId.containsKey(externalId)) {
            ImportPlan.NewTenant owner = newByExternalId.get(externalId);
            return new Place(null, owner.key(), owner.name());
        }
        if (parentId != null) {
            for (TenantNode child : hierarchy.children(parentId)) {
                if (child.name().equalsIgnoreCase(name.strip())) {
                    touchedTenants.add(child.id());
                    return new Place(child.id(), null, child.name());
                }
            }
            for (TenantNode child : hierarchy.children(parentId)) {
                if (LikelySameName.likelySame(child.name(), name)) {
                    likelySame.add(new ImportPlan.LikelySame(line, name, child.id(), child.name()));
                    problems.add(new ImportPlan.Problem(line, "\"" + name + "\" is likely the existing \"" + child.name()
                            + "\" written differently: rename one, or map the source's id to it, before importing this row."));
                    return null;
                }
            }
        }
        String parentKey = parentId != null ? parentId.toString() : parentNewKey;
        String key = parentKey + "/" + (externalId.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : "#" + externalId);
        ImportPlan.NewTenant created = newTenants.computeIfAbsent(key, k -> new ImportPlan.NewTenant(k, name.strip(), parentNewKey, parentId, externalId));
        if (!externalId.isEmpty()) {
            newByExternalId.put(externalId, created);
        }
        return new Place(null, key, name.strip());
    }

    private Computer match(String device, String serial, String name, UUID tenantId) {
        Computer found = device.isEmpty() ? null : byDevice.get(device);
        if (found == null && !serial.isEmpty()) {
            found = bySerial.get(serial.toLowerCase(Locale.ROOT));
        }
        if (found == null && tenantId != null) {
            found = byName.get(tenantId + "/" + name.toLowerCase(Locale.ROOT));
        }
        return found;
    }

    private String tenantName(UUID id) {
        return Optional.ofNullable(id).flatMap(hierarchy::node).map(TenantNode::name).orElse("");
    }

    /** The file's value, else the stored one (a blank cell never clears a field). */
    private static String or(String fromFile, String stored) {
        return fromFile.isEmpty() ? stored : fromFile;
    }

    private static void compare(List<ImportPlan.FieldChange> fields, String field, String before, String after) {
        if (!after.isEmpty() && !Objects.equals(before == null ? "" : before.strip(), after)) {
            fields.add(new ImportPlan.FieldChange(field, before == null ? "" : before, after));
        }
    }
}
