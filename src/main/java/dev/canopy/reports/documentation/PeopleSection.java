package dev.canopy.reports.documentation;

import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tenant's people with their roles, active ones first, and the count by role. */
final class PeopleSection {

    private static final List<DocTable.Column> COLUMNS = List.of(new DocTable.Column("Name", 2.2f), new DocTable.Column("Email", 2.8f),
            new DocTable.Column("Role", 1.6f), new DocTable.Column("Account", 1));

    private PeopleSection() {
    }

    static DocSection of(List<Person> people) {
        List<Person> live = people.stream().filter(p -> !p.meta().deleted())
                .sorted(Comparator.comparing((Person p) -> !p.active()).thenComparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (live.isEmpty()) {
            return new DocSection("People and roles", "No people are recorded for this tenant.", null);
        }
        Map<Role, Integer> byRole = new EnumMap<>(Role.class);
        int noRole = 0;
        List<List<String>> rows = new ArrayList<>();
        for (Person p : live) {
            if (p.active()) {
                if (p.role() == null) {
                    noRole++;
                } else {
                    byRole.merge(p.role(), 1, Integer::sum);
                }
            }
            rows.add(List.of(p.displayName(), p.email(), PersonRules.label(p.role()), p.active() ? "Active" : "Inactive"));
        }
        String roles = byRole.entrySet().stream().map(e -> e.getValue() + " " + PersonRules.label(e.getKey()))
                .collect(Collectors.joining(", "));
        long inactive = live.stream().filter(p -> !p.active()).count();
        String summary = (live.size() == 1 ? "1 person" : live.size() + " people") + ": "
                + (roles.isEmpty() ? "" : roles) + (noRole > 0 ? (roles.isEmpty() ? "" : ", ") + noRole + " without access" : "")
                + (inactive > 0 ? "; " + inactive + " inactive" : "") + ".";
        return new DocSection("People and roles", summary, new DocTable(COLUMNS, rows, ""));
    }
}
