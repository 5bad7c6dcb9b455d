package dev.canopy.imports;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * An import of computers against a store, the same for the command line and the app: plan it from a file (the dry
 * run: reads the store, changes nothing) and apply a plan as one command (one undo step, audited, synced).
 */
public final class ComputerImport {

    private ComputerImport() {
    }

    /**
     * Reads every row of the file into a plan against the store's live tenants and computers.
     *
     * @param rowsRead  told the number of rows read so far, every 1,000 rows
     * @param cancelled checked every row; when true the read stops with a {@link CancellationException}
     * @throws ImportRefused when the mapping does not fit the file or the file cannot be read as it claims to be
     */
    public static ImportPlan plan(LocalStore store, ImportFile file, ColumnMapping mapping, String source, SourceDates.Order dates,
                                  ZoneId zone, IntConsumer rowsRead, BooleanSupplier cancelled) throws ImportRefused, IOException {
        mapping.check(file.columns());
        TenantHierarchy hierarchy = store.loadHierarchy();
        if (hierarchy.root().isEmpty()) {
            throw new ImportRefused(0, "the data folder has no MSP yet to import into");
        }
        List<UUID> ids = hierarchy.depthFirst().stream().map(TenantNode::id).toList();
        List<Tenant> tenants = ids.stream().map(store::tenant).flatMap(Optional::stream).toList();
        ComputerImportPlanner planner = new ComputerImportPlanner(hierarchy, tenants, store.computers(ids, false),
                store.records(PersonKind.INSTANCE, ids), source, mapping, dates, zone);
        int[] rows = {0};
        file.read(row -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the import was cancelled");
            }
            planner.add(row);
            if (++rows[0] % 1_000 == 0) {
                rowsRead.accept(rows[0]);
            }
        });
        rowsRead.accept(rows[0]);
        return planner.plan();
    }

    /** Applies a plan as one command; empty when it changes nothing (a re-import of the same file). */
    public static Optional<Command.Applied> apply(LocalStore store, ImportPlan plan, String source, String fileName) {
        return command(store, plan, source, fileName).map(store::execute);
    }

    /**
     * The one command that applies a plan, for a caller that runs it its own way (the app, through its undo history);
     * empty when the plan changes nothing. Reads the store (the computers removed here, which come back).
     */
    public static Optional<ImportRecords> command(LocalStore store, ImportPlan plan, String source, String fileName) {
        if (plan.changesNothing()) {
            return Optional.empty();
        }
        return Optional.of(PlanRecords.of(plan, source, store.removedComputersByDevice(), label(plan, fileName)));
    }

    /** The undo menu's and the history's name of it: "import of 1,204 computers and 310 people from datto.csv". */
    static String label(ImportPlan plan, String fileName) {
        int computers = plan.newComputers().size() + plan.changes().size();
        int people = plan.newPeople().size() + plan.personChanges().size();
        List<String> what = new java.util.ArrayList<>();
        if (computers > 0) {
            what.add(count(computers, "computer", "computers"));
        }
        if (people > 0) {
            what.add(count(people, "person", "people"));
        }
        if (what.isEmpty()) {
            what.add(count(plan.newTenants().size(), "tenant", "tenants"));
        }
        return "import of " + String.join(" and ", what) + " from " + fileName;
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
