package dev.canopy.imports.entra;

import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.person.Person;
import dev.canopy.imports.ImportPlan.FieldChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What importing Entra users into one tenant would do, before it does anything (the dry run): people to create,
 * people to change field by field, how many are unchanged, people here mapped to Entra whom the source no longer
 * lists (never deleted automatically), guests left out, and every user that cannot be imported with its reason.
 */
public record PersonImportPlan(UUID tenantId, List<NewPerson> newPeople, List<PersonChange> changes, int unchanged,
                               List<Person> missingFromSource, int guestsSkipped, List<Problem> problems) {

    /** A person the import creates (a fresh id, no access role), from the user at {@code where}. */
    public record NewPerson(String where, Person person, boolean guest) {
    }

    /** An existing person the import changes: before, after, and the fields that differ. */
    public record PersonChange(String where, Person before, Person after, List<FieldChange> fields) {
    }

    public record Problem(String where, String reason) {
    }

    public PersonImportPlan {
        newPeople = List.copyOf(newPeople);
        changes = List.copyOf(changes);
        missingFromSource = List.copyOf(missingFromSource);
        problems = List.copyOf(problems);
    }

    /** Whether applying would change nothing (re-importing the same users). */
    public boolean changesNothing() {
        return newPeople.isEmpty() && changes.isEmpty();
    }

    /**
     * The people to save, in an order each can be saved in (no one takes an address before its holder gives it up):
     * changed ones with their stored meta, new ones with fresh ids. One command that saves these records applies the
     * plan; nothing here is deleted.
     */
    public List<Person> recordsToSave() {
        List<Person> records = new ArrayList<>(changes.size() + newPeople.size());
        changes.forEach(c -> records.add(c.after()));
        newPeople.forEach(n -> records.add(n.person()));
        return records;
    }

    /**
     * The one command that applies the plan (one transaction, one undo step, audited and synced), as the command
     * line and the desktop app apply it; empty when the plan changes nothing.
     */
    public Optional<ImportRecords> command() {
        if (changesNothing()) {
            return Optional.empty();
        }
        int n = recordsToSave().size();
        return Optional.of(new ImportRecords(String.format(Locale.ROOT, "import of %,d %s from Entra ID", n, n == 1 ? "person" : "people"),
                List.of(), recordsToSave(), List.of()));
    }
}
