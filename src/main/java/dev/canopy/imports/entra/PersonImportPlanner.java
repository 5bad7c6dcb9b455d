package dev.canopy.imports.entra;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.imports.ImportPlan.FieldChange;
import dev.canopy.imports.entra.PersonImportPlan.NewPerson;
import dev.canopy.imports.entra.PersonImportPlan.PersonChange;
import dev.canopy.imports.entra.PersonImportPlan.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Works out a {@link PersonImportPlan} for Entra users going into one tenant. Users are taken as they stream in and
 * checked one by one (an address, a name, an e-mail and a mapping the person rules accept, no object id or address
 * twice: a user the store would refuse is a problem of the plan, named, not a failed apply); matching waits for the
 * last page, so it does not depend on the order Graph lists users in: first every user whose object id a person of
 * the tenant is mapped to ("entra" integration mapping), then by e-mail (ignoring case) among the people not matched
 * yet. A disabled account makes an inactive person; guests are left out or marked with
 * {@link #GUEST_SUFFIX}. A change that would give two people one address is held back with its reason. Re-planning
 * the same users after applying the plan gives a plan that changes nothing.
 */
public final class PersonImportPlanner {

    /** The integration mapping's source; its external id is the Entra object id. */
    public static final String SOURCE = "entra";
    /** How a guest imported with {@link GuestMode#MARK} is told apart in every list of people. */
    public static final String GUEST_SUFFIX = " (guest)";

    private final UUID tenantId;
    private final GuestMode guests;
    private final Instant now;
    private final List<Person> existing;

    /** A user that passed the checks, waiting for matching. */
    private record Candidate(String where, String objectId, String name, String email, boolean active, boolean guest) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, String> seenIds = new HashMap<>();
    private final Map<String, String> seenEmails = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int guestsSkipped;

    /**
     * @param tenantPeople the live people of the tenant the users go into
     * @param now          when the plan is made (the new people's creation time until a save stamps its own)
     */
    public PersonImportPlanner(UUID tenantId, List<Person> tenantPeople, GuestMode guests, Instant now) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.guests = Objects.requireNonNull(guests, "guests");
        this.now = now;
        this.existing = tenantPeople.stream().filter(p -> !p.meta().deleted()).toList();
    }

    public void add(GraphUser user) {
        String where = user.where();
        String objectId = GraphUser.blankToEmpty(user.id());
        if (objectId.isEmpty()) {
            problems.add(new Problem(where, "the user has no object id."));
            return;
        }
        String firstWithId = seenIds.putIfAbsent(objectId.toLowerCase(Locale.ROOT), where);
        if (firstWithId != null) {
            problems.add(new Problem(where, "the source lists object id " + objectId + " twice (first at " + firstWithId + "); only the first is imported."));
            return;
        }
        if (user.guest() && guests == GuestMode.SKIP) {
            guestsSkipped++;
            return;
        }
        if (user.address().isEmpty()) {
            problems.add(new Problem(where, "the user has neither a mail address nor a userPrincipalName."));
            return;
        }
        String name;
        String email;
        try {
            name = PersonRules.checkName(user.displayName());
            email = PersonRules.checkEmail(user.address());
            PersonRules.checkExternalRefs(List.of(new ExternalRef(SOURCE, objectId)));  // an id the store could not hold
        } catch (RuleViolation refused) {
            problems.add(new Problem(where, refused.getMessage()));
            return;
        }
        String firstWithEmail = seenEmails.putIfAbsent(email, where);
        if (firstWithEmail != null) {
            problems.add(new Problem(where, "the source lists " + email + " twice (first at " + firstWithEmail + "); only the first is imported."));
            return;
        }
        candidates.add(new Candidate(where, objectId, user.guest() ? marked(name) : name, email, user.enabled(), user.guest()));
    }

    public PersonImportPlan plan() {
        Map<Candidate, Person> matched = match();
        Map<Candidate, Person> planned = new LinkedHashMap<>();
        int unchanged = 0;
        for (Candidate c : candidates) {
            Person before = matched.get(c);
            Person after = before == null
                    ? new Person(UUID.randomUUID(), tenantId, c.name(), c.email(), null, c.active(), List.of(new ExternalRef(SOURCE, c.objectId())),
                    RecordMeta.created(now, ""))
                    : new Person(before.id(), before.tenantId(), c.name(), c.email(), before.role(), c.active(),
                    mapped(before.externalRefs(), c.objectId()), before.meta());
            if (before != null && after.equals(before)) {
                unchanged++;
            } else {
                planned.put(c, after);
            }
        }
        holdBackTakenAddresses(planned, matched);
        List<NewPerson> newPeople = new ArrayList<>();
        List<PersonChange> changes = new ArrayList<>();
        for (Candidate c : inSavingOrder(planned, matched)) {
            Person before = matched.get(c);
            if (before == null) {
                newPeople.add(new NewPerson(c.where(), planned.get(c), c.guest()));
            } else {
                changes.add(new PersonChange(c.where(), before, planned.get(c), fields(before, planned.get(c))));
            }
        }
        Set<UUID> claimed = new HashSet<>();
        matched.values().forEach(p -> claimed.add(p.id()));
        List<Person> missing = existing.stream().filter(p -> !claimed.contains(p.id()))
                .filter(p -> p.externalId(SOURCE).map(id -> !seenIds.containsKey(id.toLowerCase(Locale.ROOT))).orElse(false)).toList();
        return new PersonImportPlan(tenantId, newPeople, changes, unchanged, missing, guestsSkipped, problems);
    }

    /** By object id first, then by e-mail among the people no user's object id matched. */
    private Map<Candidate, Person> match() {
        Map<String, Person> byObjectId = new HashMap<>();
        Map<String, Person> byEmail = new HashMap<>();
        for (Person p : existing) {
            p.externalId(SOURCE).ifPresent(id -> byObjectId.put(id.toLowerCase(Locale.ROOT), p));
            byEmail.put(p.email().toLowerCase(Locale.ROOT), p);
        }
        Map<Candidate, Person> matched = new HashMap<>();
        Set<UUID> claimed = new HashSet<>();
        for (Candidate c : candidates) {
            Person p = byObjectId.get(c.objectId().toLowerCase(Locale.ROOT));
            if (p != null) {
                matched.put(c, p);
                claimed.add(p.id());
            }
        }
        for (Candidate c : candidates) {
            Person p = byEmail.get(c.email());
            if (!matched.containsKey(c) && p != null && claimed.add(p.id())) {
                matched.put(c, p);
            }
        }
        return matched;
    }

    /**
     * A planned address that someone of the tenant keeps (a person the source does not list, or one mapped to another
     * Entra user) would be two people's: that user is held back with the reason. Holding one back keeps its person's
     * address, which may hold back another, so this repeats until nothing more is held back.
     */
    private void holdBackTakenAddresses(Map<Candidate, Person> planned, Map<Candidate, Person> matched) {
        for (boolean again = true; again; ) {
            again = false;
            Map<String, Person> holders = new HashMap<>();
            Map<UUID, Person> finalState = new LinkedHashMap<>();
            existing.forEach(p -> finalState.put(p.id(), p));
            planned.values().forEach(p -> finalState.put(p.id(), p));
            Set<UUID> plannedIds = new HashSet<>();
            planned.values().forEach(p -> plannedIds.add(p.id()));
            Map<String, Integer> holdersOf = new HashMap<>();
            for (Person p : finalState.values()) {
                holdersOf.merge(p.email().toLowerCase(Locale.ROOT), 1, Integer::sum);
                if (!plannedIds.contains(p.id())) {
                    holders.put(p.email().toLowerCase(Locale.ROOT), p);
                }
            }
            for (var entry : new ArrayList<>(planned.entrySet())) {
                Person keeper = holders.get(entry.getValue().email());
                if (holdersOf.get(entry.getValue().email()) > 1 && keeper != null) {
                    planned.remove(entry.getKey());
                    matched.remove(entry.getKey());
                    problems.add(new Problem(entry.getKey().where(), entry.getValue().email() + " is the address of " + keeper.displayName()
                            + " here, who keeps it; change or remove that person first."));
                    again = true;
                }
            }
        }
    }

    /**
     * Changes before new people, and a change after the change that gives up the address it takes; people who would
     * swap addresses cannot be saved one after the other and are held back with the reason.
     */
    private List<Candidate> inSavingOrder(Map<Candidate, Person> planned, Map<Candidate, Person> matched) {
        Map<String, UUID> holder = new HashMap<>();
        existing.forEach(p -> holder.put(p.email().toLowerCase(Locale.ROOT), p.id()));
        List<Candidate> waiting = new ArrayList<>(planned.keySet().stream().filter(matched::containsKey).toList());
        List<Candidate> ordered = new ArrayList<>();
        for (boolean progress = true; progress; ) {
            progress = false;
            for (Candidate c : new ArrayList<>(waiting)) {
                Person after = planned.get(c);
                UUID current = holder.get(after.email());
                if (current == null || current.equals(after.id())) {
                    holder.remove(matched.get(c).email().toLowerCase(Locale.ROOT));
                    holder.put(after.email(), after.id());
                    ordered.add(c);
                    waiting.remove(c);
                    progress = true;
                }
            }
        }
        for (Candidate c : waiting) {
            planned.remove(c);
            problems.add(new Problem(c.where(), c.email() + " is the address of another person here who would take this person's"
                    + " address in turn; change one of them by hand, then import again."));
        }
        for (Candidate c : new ArrayList<>(planned.keySet())) {
            if (matched.containsKey(c)) {
                continue;
            }
            UUID current = holder.get(c.email());
            if (current == null) {
                ordered.add(c);
            } else {  // its holder's change was held back just above
                planned.remove(c);
                problems.add(new Problem(c.where(), c.email() + " stays the address of another person here (see the problems above)."));
            }
        }
        return ordered;
    }

    /** The person's mappings with the Entra one set to this object id (other sources kept). */
    private static List<ExternalRef> mapped(List<ExternalRef> refs, String objectId) {
        List<ExternalRef> result = new ArrayList<>();
        boolean set = false;
        for (ExternalRef ref : refs) {
            if (ref.source().equalsIgnoreCase(SOURCE)) {
                if (!set) {
                    result.add(new ExternalRef(ref.source(), objectId));
                    set = true;
                }
            } else {
                result.add(ref);
            }
        }
        if (!set) {
            result.add(new ExternalRef(SOURCE, objectId));
        }
        return result;
    }

    private static List<FieldChange> fields(Person before, Person after) {
        List<FieldChange> fields = new ArrayList<>();
        if (!before.displayName().equals(after.displayName())) {
            fields.add(new FieldChange("name", before.displayName(), after.displayName()));
        }
        if (!before.email().equalsIgnoreCase(after.email())) {
            fields.add(new FieldChange("e-mail", before.email(), after.email()));
        }
        if (before.active() != after.active()) {
            fields.add(new FieldChange("active", before.active() ? "yes" : "no", after.active() ? "yes" : "no"));
        }
        String was = before.externalId(SOURCE).orElse("");
        String now = after.externalId(SOURCE).orElse("");
        if (!was.equals(now)) {
            fields.add(new FieldChange("Entra object id", was, now));
        }
        return fields;
    }

    /** The name with the guest mark, shortened before the mark when the two would be longer than a name may be. */
    static String marked(String name) {
        if (name.endsWith(GUEST_SUFFIX)) {
            return name;
        }
        int room = PersonRules.MAX_NAME_LENGTH - GUEST_SUFFIX.length();
        return (name.length() > room ? name.substring(0, room).strip() : name) + GUEST_SUFFIX;
    }
}
