package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.imports.ColumnMapping;
import dev.canopy.imports.ComputerImport;
import dev.canopy.imports.ImportField;
import dev.canopy.imports.ImportFile;
import dev.canopy.imports.ImportPlan;
import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.SourceDates;
import dev.canopy.store.LocalStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A small random import of an RMM export, made as the app makes one: a CSV file written to disk, planned by
 * {@link ComputerImport#plan} against the store (clients and sites found by their source id, then by name; computers
 * by device id, serial, name) and turned into the one command it applies. Its rows name existing clients and new
 * ones from the same small name pools as the other edits, source ids and device ids from small pools, and existing
 * computers, so imports on different laptops collide with each other and with renames, deletes, reassigns and merges.
 * A row names its computer's user now and then (a person of a small pool, or a row of only a person), so computers are
 * imported linked to their primary person, new or held; now and then it brings people too (as an Entra ID import does)
 * or changes one.
 */
final class RandomImports {

    static final String SOURCE = "ninjaone";
    private static final List<String> CLIENTS = List.of("Alpha", "Beta", "Gamma", "Omega", "Acme", "Globex");
    private static final List<String> SITES = List.of("HQ", "Lab", "North");
    private static final List<String> OS = List.of("Windows 11 Pro", "Windows 10 Pro", "macOS 15");
    private static final List<String> COLUMNS = List.of("Organization", "Organization ID", "Location", "Location ID", "Device",
            "Device ID", "Serial", "OS", "Last seen", "User", "Email");
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.ofEntries(Map.entry(ImportField.CLIENT, "Organization"),
            Map.entry(ImportField.CLIENT_ID, "Organization ID"), Map.entry(ImportField.SITE, "Location"), Map.entry(ImportField.SITE_ID, "Location ID"),
            Map.entry(ImportField.COMPUTER_NAME, "Device"), Map.entry(ImportField.DEVICE_ID, "Device ID"),
            Map.entry(ImportField.SERIAL_NUMBER, "Serial"), Map.entry(ImportField.OS, "OS"), Map.entry(ImportField.LAST_SEEN, "Last seen"),
            Map.entry(ImportField.PERSON_NAME, "User"), Map.entry(ImportField.PERSON_EMAIL, "Email")));

    private final LocalStore store;
    private final Random random;

    RandomImports(LocalStore store, Random random) {
        this.store = store;
        this.random = random;
    }

    /**
     * An import of one to four rows, with people now and then; empty when the plan changes nothing or the store has
     * no MSP to import into (a technician's scoped copy: the app refuses to plan there too).
     */
    Optional<ImportRecords> next(List<TenantNode> live) {
        if (store.loadHierarchy().root().isEmpty()) {
            return Optional.empty();
        }
        List<Computer> computers = store.computers(live.stream().map(TenantNode::id).toList(), false);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            rows.add(row(computers));
        }
        ImportPlan plan = plan(rows);
        Set<UUID> held = store.tenantNamesIncludingDeleted().keySet();
        Set<UUID> heldPeople = store.records(PersonKind.INSTANCE, live.stream().map(TenantNode::id).toList()).stream().map(Person::id)
                .collect(Collectors.toSet());
        Optional<ImportRecords> planned = ComputerImport.command(store, plan, SOURCE, "ninja.csv")
                .map(command -> seeded(command, held, computers, heldPeople));
        List<Person> people = new ArrayList<>(planned.map(ImportRecords::people).orElse(List.of()));
        if (random.nextInt(4) == 0) {
            Set<UUID> planned2 = people.stream().map(Person::id).collect(Collectors.toSet());
            people(live, planned.map(ImportRecords::tenants).orElse(List.of())).stream().filter(p -> !planned2.contains(p.id())).forEach(people::add);
        }
        if (planned.isEmpty() && people.isEmpty()) {
            return Optional.empty();
        }
        ImportRecords command = planned.orElse(new ImportRecords("import of people from Entra ID", List.of(), List.of(), List.of()));
        return Optional.of(new ImportRecords(command.label(), command.tenants(), people, command.computers()));
    }

    /**
     * A row's user now and then, from a small pool (so rows on different laptops name one person): name and e-mail, or
     * only one of them (a new person then needs the other: a problem row, the computer imported without it).
     */
    private List<String> user() {
        if (random.nextInt(3) != 0) {
            return List.of("", "");
        }
        int n = random.nextInt(6);
        int shape = random.nextInt(5);
        return List.of(shape == 4 ? "" : "Row User " + n, shape == 3 ? "" : "ru" + n + "@client.example");
    }

    /** One computer's row: an existing client or a new one (a known or new source id), maybe a site, a device. */
    private List<String> row(List<Computer> computers) {
        String client = pick(CLIENTS) + (random.nextInt(4) == 0 ? " " + random.nextInt(3) : "");
        String clientId = random.nextInt(3) == 0 ? "" : "org-" + random.nextInt(4);
        boolean site = random.nextInt(3) == 0;
        String siteName = site ? pick(SITES) : "";
        String siteId = site && random.nextBoolean() ? "loc-" + random.nextInt(3) : "";
        String name;
        String device;
        String serial;
        if (!computers.isEmpty() && random.nextInt(3) == 0) {
            Computer known = pick(computers);  // the source lists a computer held here, in the row's tenant
            name = random.nextBoolean() ? known.name() : known.name() + "-R";
            device = known.deviceId();
            serial = known.serialNumber();
        } else {
            int n = random.nextInt(12);  // a small pool: two laptops importing one device collide on its id
            name = "NB-" + n;
            device = random.nextInt(5) == 0 ? "" : "ninja-" + n;
            serial = "NS" + n;
        }
        String lastSeen = Instant.parse("2026-11-30T10:00:00Z").plusSeconds(3_600L * random.nextInt(48)).toString();
        List<String> user = user();
        if (!user.get(0).isEmpty() && random.nextInt(6) == 0) {
            return List.of(client, clientId, siteName, siteId, "", "", "", "", "", user.get(0), user.get(1));  // a row of a person only
        }
        return List.of(client, clientId, siteName, siteId, name, device, serial, pick(OS), lastSeen, user.get(0), user.get(1));
    }

    /** The app's plan of the rows, read from a CSV file as the import dialog and {@code canopy import} read one. */
    private ImportPlan plan(List<List<String>> rows) {
        try {
            Path file = Files.createTempFile("canopy-random-import", ".csv");
            try {
                List<String> lines = new ArrayList<>();
                lines.add(String.join(",", COLUMNS));
                rows.forEach(r -> lines.add(String.join(",", r)));
                Files.write(file, lines);
                return ComputerImport.plan(store, ImportFile.open(file), MAPPING, SOURCE, SourceDates.Order.DAY_FIRST, ZoneOffset.UTC,
                        read -> { }, () -> false);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (ImportRefused refused) {
            throw new AssertionError("the generated import file was refused: " + refused.getMessage(), refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The planner draws new records' ids at random; a case must replay with the same ids (ties between names go by
     * id), so the new ones are drawn again from the seeded random, and what refers to them follows.
     */
    private ImportRecords seeded(ImportRecords command, Set<UUID> heldTenants, List<Computer> heldComputers, Set<UUID> heldPeople) {
        Set<UUID> known = heldComputers.stream().map(Computer::id).collect(Collectors.toSet());
        known.addAll(store.removedComputersByDevice().values());
        Map<UUID, UUID> fresh = new HashMap<>();
        Supplier<UUID> next = () -> new UUID(random.nextLong(), random.nextLong());
        List<Tenant> tenants = new ArrayList<>();
        for (Tenant t : command.tenants()) {
            UUID id = heldTenants.contains(t.id()) ? t.id() : fresh.computeIfAbsent(t.id(), x -> next.get());
            tenants.add(new Tenant(id, t.name(), t.slug(), t.kind(), fresh.getOrDefault(t.parentId(), t.parentId()), t.description(),
                    t.timeZone(), t.tags(), t.active(), t.externalRefs(), t.meta()));
        }
        List<Person> people = new ArrayList<>();
        for (Person p : command.people()) {
            UUID id = heldPeople.contains(p.id()) ? p.id() : fresh.computeIfAbsent(p.id(), x -> next.get());
            people.add(new Person(id, fresh.getOrDefault(p.tenantId(), p.tenantId()), p.displayName(), p.email(), p.role(), p.active(),
                    p.externalRefs(), p.meta()));
        }
        List<Computer> computers = new ArrayList<>();
        for (Computer c : command.computers()) {
            boolean isNew = !known.contains(c.id());
            UUID id = isNew ? next.get() : c.id();
            // a source without device ids gets the computer's own id as its device id
            String device = isNew && c.deviceId().equals(c.id().toString()) ? id.toString() : c.deviceId();
            computers.add(new Computer(id, c.name(), fresh.getOrDefault(c.tenantId(), c.tenantId()), c.serialNumber(), device, c.os(),
                    c.osVersion(), c.lastSeen(), fresh.getOrDefault(c.primaryPersonId(), c.primaryPersonId()), c.tags(), c.software(), c.meta()));
        }
        return new ImportRecords(command.label(), tenants, people, computers);
    }

    /** A new person or two (from a small pool of directory ids), or a held person renamed, as a directory import does. */
    private List<Person> people(List<TenantNode> live, List<Tenant> imported) {
        List<UUID> tenants = new ArrayList<>(live.stream().map(TenantNode::id).toList());
        imported.forEach(t -> tenants.add(t.id()));
        List<Person> held = store.records(PersonKind.INSTANCE, live.stream().map(TenantNode::id).toList()).stream()
                .filter(p -> p.email() == null || !p.email().endsWith(RandomEdits.TEAM_DOMAIN)).toList();
        if (!held.isEmpty() && random.nextBoolean()) {
            Person p = pick(held);
            return List.of(new Person(p.id(), p.tenantId(), "Imported " + random.nextInt(20), p.email(), p.role(), p.active(),
                    p.externalRefs(), p.meta()));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            int n2 = random.nextInt(20);
            people.add(new Person(new UUID(random.nextLong(), random.nextLong()), pick(tenants), "Directory User " + n2,
                    "u" + n2 + "@client.example", null, true, List.of(new ExternalRef("entra", "user-" + n2)),
                    RecordMeta.created(Instant.EPOCH, "import")));
        }
        return people;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
