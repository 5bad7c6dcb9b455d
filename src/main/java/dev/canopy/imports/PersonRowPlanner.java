package dev.canopy.imports;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The people an RMM/PSA file's rows name (a person's name and/or e-mail, typically the user of each row's computer),
 * in the row's tenant. Rows naming one person (the same e-mail in a tenant; without an e-mail, the same name) are one
 * person, planned once; a row giving that person another name or address is a problem naming both. Matching waits for
 * the last row so it does not depend on row order: a person of the tenant with the e-mail (ignoring case) first, then
 * one with the name (ignoring case) among those not matched yet, as computers are matched by name in their tenant.
 * Names and addresses are checked by the person rules the store applies on save, so a planned person is one the
 * store accepts. A name is kept as the file writes it, a formula included (the CSV Canopy writes neutralises it).
 */
final class PersonRowPlanner {

    /**
     * One person of the file, from its first row; {@code tenantId} null for a tenant the import creates. A row's
     * computer is linked to it ({@link Planned#link}); {@code computers} are those rows' computers, named in a problem.
     */
    static final class Entry {
        final int line;
        final UUID tenantId;
        final String newTenantKey;
        final String tenantName;
        String name;
        String email;
        final List<String> computers = new ArrayList<>();

        Entry(int line, UUID tenantId, String newTenantKey, String tenantName, String name, String email) {
            this.line = line;
            this.tenantId = tenantId;
            this.newTenantKey = newTenantKey;
            this.tenantName = tenantName;
            this.name = name;
            this.email = email;
        }

        String tenantKey() {
            return tenantId != null ? tenantId.toString() : newTenantKey;
        }

        String shown() {
            return name.isEmpty() ? email : email.isEmpty() ? name : name + " <" + email + ">";
        }
    }

    private final Map<UUID, List<Person>> existingByTenant = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byEmail = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final List<ImportPlan.Problem> problems;

    /**
     * @param people   the live people of the tenants the file may name
     * @param problems the plan's problem rows, which this adds to
     */
    PersonRowPlanner(List<Person> people, List<ImportPlan.Problem> problems) {
        this.problems = problems;
        for (Person p : people) {
            if (!p.meta().deleted()) {
                existingByTenant.computeIfAbsent(p.tenantId(), id -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * A row's person in its tenant (an existing one's id, or the key of one the import creates); blank values are no
     * person. Returns the person the row's computer ({@code computer}, empty for a person's row) is to be linked to,
     * or null when the row's person is a problem: the problem then says the computer's primary person is left as it is.
     */
    Entry add(int line, UUID tenantId, String newTenantKey, String tenantName, String rawName, String rawEmail, String computer) {
        String name;
        String email;
        try {
            name = rawName.isEmpty() ? "" : PersonRules.checkName(rawName);
        } catch (RuleViolation refused) {
            problems.add(new ImportPlan.Problem(line, ImportField.PERSON_NAME.label() + ": " + refused.getMessage() + leftAsItIs(computer)));
            return null;
        }
        try {
            email = rawEmail.isEmpty() ? "" : PersonRules.checkEmail(rawEmail);
        } catch (RuleViolation refused) {
            problems.add(new ImportPlan.Problem(line, ImportField.PERSON_EMAIL.label() + ": " + refused.getMessage() + leftAsItIs(computer)));
            return null;
        }
        if (name.isEmpty() && email.isEmpty()) {
            return null;
        }
        Entry row = new Entry(line, tenantId, newTenantKey, tenantName, name, email);
        Entry same = sameAs(row);
        Entry person = row;
        if (same == null) {
            entries.add(row);
            index(row);
        } else if (agrees(same, row, computer)) {
            boolean gainsEmail = same.email.isEmpty() && !email.isEmpty();
            same.name = same.name.isEmpty() ? name : same.name;
            same.email = same.email.isEmpty() ? email : same.email;
            if (gainsEmail) {
                index(same);
            }
            person = same;
        } else {
            return null;
        }
        if (!computer.isEmpty()) {
            person.computers.add(computer + " (line " + line + ")");
        }
        return person;
    }

    /** The end of a problem of a row with a computer: that computer is imported, its person not changed. */
    private static String leftAsItIs(String computer) {
        return computer.isEmpty() ? "" : " The computer " + computer + " is imported with its primary person left as it is.";
    }

    private Entry sameAs(Entry row) {
        if (!row.email.isEmpty()) {
            Entry found = byEmail.get(row.tenantKey() + "/" + row.email);
            if (found != null) {
                return found;
            }
        }
        Entry named = row.name.isEmpty() ? null : byName.get(row.tenantKey() + "/" + row.name.toLowerCase(Locale.ROOT));
        // a name found with another address is another person of that name; without an address, it is that person
        return named != null && (row.email.isEmpty() || named.email.isEmpty()) ? named : null;
    }

    /** Whether a later row says the same of the person as its first row did; if not, the row is a problem naming both. */
    private boolean agrees(Entry first, Entry row, String computer) {
        if (!row.name.isEmpty() && !first.name.isEmpty() && !row.name.equals(first.name)) {
            problems.add(new ImportPlan.Problem(row.line, "The person " + (first.email.isEmpty() ? first.name : first.email) + " is \""
                    + first.name + "\" on line " + first.line + " but \"" + row.name + "\" here; only line " + first.line + " is imported."
                    + leftAsItIs(computer)));
            return false;
        }
        if (!row.email.isEmpty() && !first.email.isEmpty() && !row.email.equals(first.email)) {
            problems.add(new ImportPlan.Problem(row.line, "The person " + first.name + " has the e-mail " + first.email + " on line "
                    + first.line + " but " + row.email + " here; only line " + first.line + " is imported." + leftAsItIs(computer)));
            return false;
        }
        return true;
    }

    private void index(Entry e) {
        if (!e.email.isEmpty()) {
            byEmail.putIfAbsent(e.tenantKey() + "/" + e.email, e);
        }
        if (!e.name.isEmpty()) {
            byName.putIfAbsent(e.tenantKey() + "/" + e.name.toLowerCase(Locale.ROOT), e);
        }
    }

    /**
     * What the plan does with the people: new ones, changed ones field by field, how many are unchanged; and who each
     * person of the file is once planned (none for a person that is a problem), for its rows' computers.
     */
    record Planned(List<ImportPlan.NewPerson> newPeople, List<ImportPlan.PersonChange> changes, int unchanged, Map<Entry, Link> links) {

        /** Who a row's person is once planned; empty for no person or one that is a problem. */
        java.util.Optional<Link> link(Entry person) {
            return java.util.Optional.ofNullable(person == null ? null : links.get(person));
        }
    }

    /** A person a computer is linked to: one here ({@code existingId}) or one the import creates, and its name after the import. */
    record Link(UUID existingId, ImportPlan.NewPerson created, String name) {
    }

    Planned plan() {
        Map<Entry, Person> namingMatched = new HashMap<>();
        Map<Entry, Person> matched = match(namingMatched);
        List<ImportPlan.NewPerson> newPeople = new ArrayList<>();
        List<ImportPlan.PersonChange> changes = new ArrayList<>();
        Map<Entry, Link> links = new HashMap<>();
        int unchanged = 0;
        for (Entry e : entries) {
            if (namingMatched.containsKey(e)) {
                Person named = namingMatched.get(e);
                links.put(e, new Link(named.id(), null, named.displayName()));
                continue;
            }
            Person before = matched.get(e);
            if (before == null) {
                if (e.name.isEmpty() || e.email.isEmpty()) {
                    problems.add(new ImportPlan.Problem(e.line, "The person " + e.shown() + " is not in " + e.tenantName + " and a new person needs "
                            + (e.name.isEmpty() ? "a name" : "an e-mail") + "; map the column that has it, or add it to the file."
                            + (e.computers.isEmpty() ? "" : " Imported with their primary person left as it is: " + computers(e) + ".")));
                } else {
                    ImportPlan.NewPerson created = new ImportPlan.NewPerson(e.line, e.name, e.email, e.tenantId, e.newTenantKey);
                    newPeople.add(created);
                    links.put(e, new Link(null, created, created.name()));
                }
                continue;
            }
            links.put(e, new Link(before.id(), null, e.name.isEmpty() ? before.displayName() : e.name));
            List<ImportPlan.FieldChange> fields = new ArrayList<>();
            if (!e.name.isEmpty() && !e.name.equals(before.displayName())) {
                fields.add(new ImportPlan.FieldChange("name", before.displayName(), e.name));
            }
            // an address another person here holds would have matched that person: a changed address is free
            if (!e.email.isEmpty() && !e.email.equalsIgnoreCase(before.email())) {
                fields.add(new ImportPlan.FieldChange("e-mail", before.email(), e.email));
            }
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                Person after = new Person(before.id(), before.tenantId(), e.name.isEmpty() ? before.displayName() : e.name,
                        e.email.isEmpty() ? before.email() : e.email, before.role(), before.active(), before.externalRefs(), before.meta());
                changes.add(new ImportPlan.PersonChange(e.line, before, fields, after));
            }
        }
        return new Planned(newPeople, changes, unchanged, links);
    }

    /** The computers of a person's rows, as a problem names them: the first few and how many more. */
    private static String computers(Entry e) {
        int shown = Math.min(5, e.computers.size());
        String first = String.join(", ", e.computers.subList(0, shown));
        return e.computers.size() > shown ? first + " and " + (e.computers.size() - shown) + " more" : first;
    }

    /**
     * By e-mail first, then by name among the people of the tenant no e-mail matched. A row with only a name that names
     * a person an e-mail already matched (one row gives Bob's address, another his name) is that person: it goes into
     * {@code namingMatched} (with that person, for its rows' computers) and is not planned again.
     */
    private Map<Entry, Person> match(Map<Entry, Person> namingMatched) {
        Map<Entry, Person> matched = new LinkedHashMap<>();
        Set<UUID> claimed = new HashSet<>();
        for (Entry e : entries) {
            people(e).stream().filter(p -> !e.email.isEmpty() && p.email().equalsIgnoreCase(e.email)).findFirst().ifPresent(p -> {
                matched.put(e, p);
                claimed.add(p.id());
            });
        }
        for (Entry e : entries) {
            if (!matched.containsKey(e) && !e.name.isEmpty()) {
                List<Person> named = people(e).stream().filter(p -> p.displayName().strip().equalsIgnoreCase(e.name)).toList();
                named.stream().filter(p -> !claimed.contains(p.id())).findFirst().ifPresentOrElse(p -> {
                    matched.put(e, p);
                    claimed.add(p.id());
                }, () -> {
                    if (e.email.isEmpty() && !named.isEmpty()) {
                        namingMatched.put(e, named.get(0));
                    }
                });
            }
        }
        return matched;
    }

    private List<Person> people(Entry e) {
        return e.tenantId == null ? List.of() : existingByTenant.getOrDefault(e.tenantId, List.of());
    }
}
