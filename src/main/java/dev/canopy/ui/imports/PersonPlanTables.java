package dev.canopy.ui.imports;

import dev.canopy.imports.entra.PersonImportPlan;
import javafx.scene.control.TableView;

import static dev.canopy.ui.imports.PlanTables.column;
import static dev.canopy.ui.imports.PlanTables.table;

/** The Entra dry run's sections as tables, built like the computer import's ({@link PlanTables}). */
final class PersonPlanTables {

    private PersonPlanTables() {
    }

    static TableView<PersonPlanRows.Added> added() {
        TableView<PersonPlanRows.Added> table = table("entraNewTable", "Nothing new: every user is here already.");
        table.getColumns().add(column("Name", PersonPlanRows.Added::name, 180));
        table.getColumns().add(column("E-mail", PersonPlanRows.Added::email, 220));
        table.getColumns().add(column("Details", PersonPlanRows.Added::details, 170));
        table.getColumns().add(column("In the source", PersonPlanRows.Added::where, 260));
        return table;
    }

    static TableView<PersonPlanRows.Changed> changed() {
        TableView<PersonPlanRows.Changed> table = table("entraChangedTable", "No person here changes.");
        table.getColumns().add(column("Person", PersonPlanRows.Changed::person, 150));
        table.getColumns().add(column("Field", PersonPlanRows.Changed::field, 90));
        table.getColumns().add(column("Before", PersonPlanRows.Changed::before, 180));
        table.getColumns().add(column("After", PersonPlanRows.Changed::after, 180));
        table.getColumns().add(column("In the source", PersonPlanRows.Changed::where, 230));
        return table;
    }

    static TableView<PersonPlanRows.Missing> missing() {
        TableView<PersonPlanRows.Missing> table = table("entraMissingTable", "Every person here mapped to Entra ID is in the source.");
        table.getColumns().add(column("Person (kept)", PersonPlanRows.Missing::name, 240));
        table.getColumns().add(column("E-mail", PersonPlanRows.Missing::email, 300));
        return table;
    }

    static TableView<PersonImportPlan.Problem> problems() {
        TableView<PersonImportPlan.Problem> table = table("entraProblemsTable", "Every user can be imported.");
        table.getColumns().add(column("User", PersonImportPlan.Problem::where, 260));
        table.getColumns().add(column("Why it cannot be imported", PersonImportPlan.Problem::reason, 520));
        return table;
    }
}
