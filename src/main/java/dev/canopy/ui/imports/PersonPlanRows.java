package dev.canopy.ui.imports;

import dev.canopy.imports.ImportPlan.FieldChange;
import dev.canopy.imports.entra.EntraSource;
import dev.canopy.imports.entra.PersonImportPlan;
import dev.canopy.ui.common.Plural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Entra dry run as the technician reads it: one summary sentence and a row per person the import creates, per
 * field it changes, per person here whom Entra no longer lists (kept), and per user that cannot be imported; each
 * names where the user is in the source ("page 1, user 2 (ben@contoso.example)").
 */
public record PersonPlanRows(PersonImportPlan plan, String summary, List<Added> added, List<Changed> changed, List<Missing> missing,
                             List<PersonImportPlan.Problem> problems) {

    public record Added(String where, String name, String email, String details) {
    }

    /** One field of one person the import changes. */
    public record Changed(String where, String person, String field, String before, String after) {
    }

    /** A person of the tenant mapped to Entra that the source does not list: kept. */
    public record Missing(String name, String email) {
    }

    public PersonPlanRows {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
    }

    public static PersonPlanRows of(PersonImportPlan plan, EntraSource.Read read, String tenantPath) {
        List<Added> added = plan.newPeople().stream().map(n -> new Added(n.where(), n.person().displayName(), n.person().email(),
                details(n))).toList();
        List<Changed> changed = new ArrayList<>();
        for (PersonImportPlan.PersonChange c : plan.changes()) {
            for (FieldChange f : c.fields()) {
                changed.add(new Changed(c.where(), c.before().displayName(), f.field(), f.before().isEmpty() ? "(none)" : f.before(), f.after()));
            }
        }
        List<Missing> missing = plan.missingFromSource().stream().map(p -> new Missing(p.displayName(), p.email())).toList();
        return new PersonPlanRows(plan, summary(plan, read, tenantPath), added, changed, missing, plan.problems());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    private static String details(PersonImportPlan.NewPerson n) {
        List<String> notes = new ArrayList<>();
        if (!n.person().active()) {
            notes.add("inactive: account disabled");
        }
        if (n.guest()) {
            notes.add("guest");
        }
        return String.join(" · ", notes);
    }

    /**
     * "Read 5 users on 3 pages from Microsoft Graph (all users). Into Northwind › Acme: creates 3 people; changes 1;
     * 0 unchanged; 1 not in Entra ID (kept); 1 guest left out."
     */
    private static String summary(PersonImportPlan plan, EntraSource.Read read, String tenantPath) {
        List<String> parts = new ArrayList<>();
        if (!plan.newPeople().isEmpty()) {
            parts.add("creates " + people(plan.newPeople().size()));
        }
        if (!plan.changes().isEmpty()) {
            parts.add("changes " + people(plan.changes().size()));
        }
        if (plan.changesNothing()) {
            parts.add("changes nothing");
        }
        parts.add(String.format(Locale.ROOT, "%,d unchanged", plan.unchanged()));
        if (!plan.missingFromSource().isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%,d not in Entra ID (kept)", plan.missingFromSource().size()));
        }
        if (plan.guestsSkipped() > 0) {
            parts.add(Plural.count(plan.guestsSkipped(), "guest") + " left out");
        }
        if (!plan.problems().isEmpty()) {
            parts.add(Plural.count(plan.problems().size(), "user") + " cannot be imported");
        }
        String notUsers = read.read().notUsers() == 0 ? ""
                : String.format(Locale.ROOT, " (%,d members that are not users left out)", read.read().notUsers());
        return "Read " + Plural.count(read.read().users(), "user") + " on " + Plural.count(read.read().pages(), "page") + " from "
                + read.from() + notUsers + ". Into " + tenantPath + ": " + String.join("; ", parts) + ".";
    }

    private static String people(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "person" : "people");
    }
}
