package dev.canopy.domain.command;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.ComputerRules;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappingRules;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes what an import brings — tenants, people and computers, each the whole record as it should be — as one
 * command: one transaction, one undo step, audited per record. A record given as deleted is removed (an undo of
 * an import gives the records it created as deleted, and the computers it changed as they were). Tenants are written
 * parents first and removed children first, after their computers; the rules of each kind are checked again here, so
 * the server refuses what the app would.
 *
 * <p>An import does not change a computer's software inventory: only an agent reports that.
 */
public record ImportRecords(String label, List<Tenant> tenants, List<Person> people, List<Computer> computers)
        implements Command, SyncedInParts {

    /** Records per pushed mutation: a part stays well under the server's request size limit. */
    static final int PART_SIZE = 2_000;

    /**
     * The meta an imported record carries: this command sets each record's real one when it is applied and reads only
     * "deleted" from it, so a live record's meta is left out of the mutation's arguments and read back as this.
     */
    public static final RecordMeta LIVE = RecordMeta.created(java.time.Instant.EPOCH, "import");

    public ImportRecords {
        tenants = List.copyOf(tenants);
        people = List.copyOf(people);
        computers = List.copyOf(computers);
    }

    @Override
    public String mutationName() {
        return "import.apply";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("label", label);
        args.put("tenants", tenants);
        args.put("people", people);
        args.put("computers", computers);
        return args;
    }

    @Override
    public UUID targetId() {
        return !tenants.isEmpty() ? tenants.get(0).id() : !computers.isEmpty() ? computers.get(0).id()
                : people.isEmpty() ? new UUID(0, 0) : people.get(0).id();
    }

    public int size() {
        return tenants.size() + people.size() + computers.size();
    }

    @Override
    public List<Part> parts() {
        List<ImportRecords> parts = new ArrayList<>();
        List<Tenant> live = tenants.stream().filter(t -> !t.deleted()).toList();
        List<Tenant> removed = tenants.stream().filter(Tenant::deleted).toList();
        chunks(live).forEach(c -> parts.add(new ImportRecords(label, c, List.of(), List.of())));
        chunks(people).forEach(c -> parts.add(new ImportRecords(label, List.of(), c, List.of())));
        chunks(computers).forEach(c -> parts.add(new ImportRecords(label, List.of(), List.of(), c)));
        chunks(removed).forEach(c -> parts.add(new ImportRecords(label, c, List.of(), List.of())));
        List<Part> named = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ImportRecords p = parts.get(i);
            String partLabel = parts.size() == 1 ? label : label + " (part " + (i + 1) + " of " + parts.size() + ")";
            Set<UUID> ids = new HashSet<>();
            p.tenants.forEach(t -> ids.add(t.id()));
            p.people.forEach(x -> ids.add(x.id()));
            p.computers.forEach(c -> ids.add(c.id()));
            String entity = !p.tenants.isEmpty() ? "tenant" : !p.people.isEmpty() ? "person" : "computer";
            named.add(new Part(new ImportRecords(partLabel, p.tenants, p.people, p.computers), ids, partLabel, entity));
        }
        return named;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PART_SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + PART_SIZE)));
        }
        return chunks;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        if (size() == 0) {
            throw new RuleViolation("The import holds nothing to write.");
        }
        List<UUID> liveIds = tenants.stream().filter(t -> !t.deleted()).map(Tenant::id).toList();
        CheckedTenants written = new CheckedTenants(liveIds, new MappingHolders(ws,
                tenants.stream().filter(t -> !t.deleted()).flatMap(t -> t.externalRefs().stream()).toList()));
        List<Tenant> tenantsBefore = new ArrayList<>();
        Siblings siblings = new Siblings(ws);
        Map<UUID, Tenant> stored = ws.tenantsWithIds(liveIds);
        List<Tenant> storedBefore = new ArrayList<>();
        for (Tenant t : tenants) {
            if (!t.deleted()) {
                Tenant before = stored.get(t.id());
                storedBefore.add(before);
                tenantsBefore.add(writeTenant(ws, t, before, siblings, written));
            }
        }
        ws.saveTenants(storedBefore, List.copyOf(written.byId.values()));  // in the order checked: parents first
        List<Person> peopleBefore = new ArrayList<>();
        for (Person p : people) {
            if (!p.meta().deleted() && !written.byId.containsKey(p.tenantId()) && !isLive(ws, p.tenantId())) {
                // merged away or deleted meanwhile on another laptop: a live person must not hang under it
                throw new RuleViolation("tenantId", p.displayName() + " goes to a tenant that no longer exists.");
            }
            peopleBefore.add(writePerson(ws, p));
        }
        List<Computer> computersBefore = writeComputers(ws, written.byId);
        List<Tenant> removedBefore = new ArrayList<>();
        for (int i = tenants.size() - 1; i >= 0; i--) {
            if (tenants.get(i).deleted()) {
                removedBefore.add(removeTenant(ws, tenants.get(i)));
            }
        }
        List<Tenant> inverseTenants = new ArrayList<>(tenantsBefore);
        java.util.Collections.reverse(removedBefore);  // brought back parents first
        inverseTenants.addAll(removedBefore);
        return new Applied(label, new ImportRecords(undoLabel(label), inverseTenants, peopleBefore, computersBefore));
    }

    /** The undo's label: an undo of an undo is the import again. */
    private static String undoLabel(String label) {
        return label.startsWith("undo of ") ? label.substring("undo of ".length()) : "undo of " + label;
    }

    /**
     * Checks a tenant to create, bring back or update and adds it to written (saved together once all are checked);
     * returns what undoing it writes (the tenant as it was, or removed).
     */
    private static Tenant writeTenant(Workspace ws, Tenant t, Tenant before, Siblings siblings, CheckedTenants written) {
        if (t.parentId() == null) {
            throw new RuleViolation("parent", "An import cannot create or replace the MSP tenant (" + t.name() + ").");
        }
        Tenant parent = written.byId.containsKey(t.parentId()) ? written.byId.get(t.parentId()) : siblings.existingParent(t.parentId());
        String name = TenantRules.checkName(t.name());
        siblings.claim(parent, name, t.id());
        TenantKind kind = TenantKind.forChildOf(parent.kind());
        String slug = before != null && TenantRules.sameName(before.name(), name) ? before.slug()
                : ws.uniqueSlug(TenantRules.slugBase(name), t.id());
        RecordMeta meta = before == null ? RecordMeta.created(ws.now(), ws.actor()) : before.meta().withDeleted(false, ws.now(), ws.actor());
        // the mapping rules of an edit on the Edit tab: an external id of a source belongs to one tenant
        List<ExternalRef> refs = IntegrationMappingRules.checkAll(t.externalRefs());
        refuseTaken(t.id(), IntegrationMappingRules.addedOrChanged(before == null ? List.of() : before.externalRefs(), refs), written);
        Tenant after = new Tenant(t.id(), name, slug, kind, parent.id(), TenantRules.checkDescription(t.description()),
                TenantRules.checkTimeZone(t.timeZone()), TenantRules.checkTags(t.tags()), t.active(), refs, meta);
        written.add(after);
        return before == null || before.deleted() ? removed(after, ws) : before;
    }

    /**
     * The mapping rule of {@link UpdateTenant#refuseTaken}, counting the tenants this import brings as they will be: one
     * taking the id is a holder, one giving it up is not, whichever comes first in the import.
     */
    private static void refuseTaken(UUID self, List<ExternalRef> refs, CheckedTenants written) {
        for (ExternalRef ref : refs) {
            List<Tenant> holders = new ArrayList<>(written.holding(ref));
            written.stored.of(ref).stream().filter(h -> !written.brings(h.id())).forEach(holders::add);
            IntegrationMappingRules.takenBy(ref, self, holders).ifPresent(taken -> {
                throw taken;
            });
        }
    }

    private static Tenant removeTenant(Workspace ws, Tenant t) {
        Tenant before = TenantLookup.existing(ws, t.id(), "tenant");
        if (!ws.ownership(t.id()).isEmpty()) {
            throw new RuleViolation("tenant", "\"" + before.name() + "\" holds records the import did not bring; it is kept.");
        }
        ws.saveTenant(before, before.withMeta(before.meta().withDeleted(true, ws.now(), ws.actor())));
        return before;
    }

    private static Person writePerson(Workspace ws, Person p) {
        Person before = ws.find(PersonKind.INSTANCE, p.id()).orElse(null);
        RecordMeta meta = before == null ? RecordMeta.created(ws.now(), ws.actor())
                : before.meta().withDeleted(p.meta().deleted(), ws.now(), ws.actor());
        Person after = p.meta().deleted() ? p.withMeta(meta) : PersonKind.INSTANCE.check(ws, p.withMeta(meta));
        if (before != null && after.meta().deleted() == before.meta().deleted() && after.withMeta(before.meta()).equals(before)) {
            return before;  // as it is: restamping it would leave this copy's stamp on it if the server refused the part
        }
        ws.save(PersonKind.INSTANCE, before, after);
        return before == null ? after.withMeta(meta.withDeleted(true, ws.now(), ws.actor())) : before;
    }

    /** Writes every computer in one batch after checking each; returns what undoing writes, in the same order. */
    private List<Computer> writeComputers(Workspace ws, Map<UUID, Tenant> written) {
        if (computers.isEmpty()) {
            return List.of();
        }
        Map<UUID, Computer> current = ws.computersWithIds(computers.stream().map(Computer::id).toList());
        Map<UUID, Boolean> liveTenants = new HashMap<>();
        List<Computer> before = new ArrayList<>(computers.size());
        List<Computer> after = new ArrayList<>(computers.size());
        List<Computer> undo = new ArrayList<>(computers.size());
        Set<String> devices = new HashSet<>();
        Map<UUID, Boolean> livePeople = new HashMap<>();
        people.stream().filter(p -> !p.meta().deleted()).forEach(p -> livePeople.put(p.id(), true));
        for (Computer c : computers) {
            Computer was = current.get(c.id());
            boolean remove = c.meta().deleted();
            Computer checked = remove ? c : ComputerRules.check(c);
            if (!remove && !liveTenants.computeIfAbsent(c.tenantId(), id -> written.containsKey(id) || isLive(ws, id))) {
                throw new RuleViolation("tenantId", "The computer " + checked.name() + " goes to a tenant that no longer exists.");
            }
            UUID person = checked.primaryPersonId();
            // a person linked here: deleted on another laptop meanwhile, or its part of the import refused by the server
            if (!remove && person != null && (was == null || !person.equals(was.primaryPersonId())) && !livePeople.computeIfAbsent(person,
                    id -> ws.find(PersonKind.INSTANCE, id).filter(p -> !p.meta().deleted()).isPresent())) {
                throw new RuleViolation("primaryPersonId", "The primary person of " + checked.name() + " no longer exists; import the file again.");
            }
            if (!devices.add(checked.deviceId())) {
                // the store's unique index would refuse it too, but only as a database error
                throw new RuleViolation("deviceId", "The import lists device id " + checked.deviceId() + " twice (" + checked.name() + ").");
            }
            if (!remove && asStored(checked, was)) {
                undo.add(was);  // as it is: restamping it would leave this copy's stamp on it if the server refused the part
                continue;
            }
            RecordMeta meta = was == null ? RecordMeta.created(ws.now(), ws.actor()) : was.meta().withDeleted(remove, ws.now(), ws.actor());
            Computer saved = withMeta(checked, meta);
            before.add(was);
            after.add(saved);
            undo.add(was == null || was.meta().deleted() ? withMeta(saved, meta.withDeleted(true, ws.now(), ws.actor())) : was);
        }
        refuseTakenDevices(ws, after);
        ws.saveComputers(before, after);
        return undo;
    }

    /**
     * A device id is one computer's: another laptop's import of the same device may have reached the server first
     * (the store's unique index would refuse it too, but only as a database error naming no computer).
     */
    private static void refuseTakenDevices(Workspace ws, List<Computer> computers) {
        Map<String, UUID> holders = ws.computerIdsByDevice(computers.stream().map(Computer::deviceId).toList());
        for (Computer c : computers) {
            UUID holder = holders.get(c.deviceId());
            if (holder != null && !holder.equals(c.id())) {
                throw new RuleViolation("deviceId", "Device id " + c.deviceId() + " (" + c.name() + ") is already another computer's;"
                        + " import the file again to update that computer.");
            }
        }
    }

    private static boolean isLive(Workspace ws, UUID tenantId) {
        return ws.tenant(tenantId).filter(t -> !t.deleted()).isPresent();
    }

    /** Whether a live stored computer already is as the import gives it (its inventory and stamp aside). */
    private static boolean asStored(Computer given, Computer was) {
        return was != null && !was.meta().deleted() && new Computer(given.id(), given.name(), given.tenantId(), given.serialNumber(),
                given.deviceId(), given.os(), given.osVersion(), given.lastSeen(), given.primaryPersonId(), given.tags(), was.software(),
                was.meta()).equals(was);
    }

    private static Computer withMeta(Computer c, RecordMeta meta) {
        return new Computer(c.id(), c.name(), c.tenantId(), c.serialNumber(), c.deviceId(), c.os(), c.osVersion(), c.lastSeen(),
                c.primaryPersonId(), c.tags(), c.software(), meta);
    }

    private static Tenant removed(Tenant t, Workspace ws) {
        return t.withMeta(t.meta().withDeleted(true, ws.now(), ws.actor()));
    }

    /** The tenants checked so far, in order (they are saved together), who of them carries which external id, and who is to come. */
    private static final class CheckedTenants {
        private final Map<UUID, Tenant> byId = new LinkedHashMap<>();
        private final Map<String, List<Tenant>> byExternalId = new HashMap<>();
        private final Set<UUID> brought;
        /** Who holds each mapping in the store, before this import. */
        private final MappingHolders stored;

        CheckedTenants(List<UUID> brought, MappingHolders stored) {
            this.brought = new HashSet<>(brought);
            this.stored = stored;
        }

        /** Whether the import writes this tenant: its stored mappings do not count, the ones it brings do. */
        boolean brings(UUID id) {
            return brought.contains(id);
        }

        void add(Tenant t) {
            if (byId.put(t.id(), t) != null) {
                throw new RuleViolation("tenant", "The import lists " + t.name() + " twice.");
            }
            t.externalRefs().forEach(ref -> byExternalId.computeIfAbsent(ref.externalId(), k -> new ArrayList<>()).add(t));
        }

        List<Tenant> holding(ExternalRef ref) {
            return byExternalId.getOrDefault(ref.externalId(), List.of()).stream().filter(t -> IntegrationMappingRules.holds(t, ref)).toList();
        }
    }

    /** The stored parents and the names taken under each, read once per parent (an import may add 10k clients under the MSP). */
    private static final class Siblings {
        private final Workspace ws;
        private final Map<UUID, Map<String, UUID>> names = new HashMap<>();
        private final Map<UUID, Tenant> storedParents = new HashMap<>();

        Siblings(Workspace ws) {
            this.ws = ws;
        }

        Tenant existingParent(UUID id) {
            return storedParents.computeIfAbsent(id, p -> TenantLookup.existing(ws, p, "parent"));
        }

        void claim(Tenant parent, String name, UUID self) {
            Map<String, UUID> taken = names.computeIfAbsent(parent.id(), id -> {
                Map<String, UUID> m = new HashMap<>();
                ws.children(id).forEach(c -> m.put(key(c.name()), c.id()));
                return m;
            });
            UUID holder = taken.putIfAbsent(key(name), self);
            if (holder != null && !holder.equals(self)) {
                throw TenantRules.nameTaken(parent.name(), name);
            }
        }

        /** As {@link TenantRules#sameName} compares them. */
        private static String key(String name) {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
