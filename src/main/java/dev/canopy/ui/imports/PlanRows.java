package dev.canopy.ui.imports;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.imports.ImportPlan;
import dev.canopy.ui.common.Plural;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A dry run as the technician reads it: one summary sentence, and a row per thing the import would do, each with the
 * tenant it happens in ("Acme › Austin"). Worked out in the background, as a plan can list 100,000 computers.
 */
public record PlanRows(ImportPlan plan, String summary, List<Added> added, List<Changed> changed, List<Missing> missing,
                       List<Likely> likely, List<ImportPlan.Problem> problems) {

    /** A client, site, computer or person the import creates; {@code line} 0 for a tenant (it may come from many rows). */
    public record Added(int line, String what, String name, String where, String details) {
    }

    /** One field of one computer or person ({@code what}) the import changes. */
    public record Changed(int line, String what, String name, String where, String field, String before, String after) {
    }

    /** A computer of an imported tenant that the file does not list: kept. */
    public record Missing(String computer, String where, String lastSeen) {
    }

    /** A name in the file likely meaning a tenant here: its rows are held back. */
    public record Likely(int line, String inFile, String here) {
    }

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public PlanRows {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        likely = List.copyOf(likely);
        problems = List.copyOf(problems);
    }

    public static PlanRows of(ImportPlan plan, TenantHierarchy hierarchy, String fileName, ZoneId zone) {
        Places places = new Places(hierarchy, plan.newTenants());
        List<Added> added = new ArrayList<>();
        int clients = 0;
        for (ImportPlan.NewTenant t : plan.newTenants()) {
            boolean client = places.isClient(t);
            clients += client ? 1 : 0;
            added.add(new Added(0, client ? "client" : "site", t.name(), places.parentOf(t), t.externalId().isEmpty() ? "" : "id " + t.externalId()));
        }
        for (ImportPlan.NewComputer c : plan.newComputers()) {
            added.add(new Added(c.line(), "computer", c.name(), places.of(c.tenantId(), c.newTenantKey()),
                    details(c.deviceId(), c.serialNumber(), c.os(), c.primaryPerson().isEmpty() ? "" : "primary person " + c.primaryPerson())));
        }
        for (ImportPlan.NewPerson p : plan.newPeople()) {
            added.add(new Added(p.line(), "person", p.name(), places.of(p.tenantId(), p.newTenantKey()), p.email()));
        }
        List<Changed> changed = new ArrayList<>();
        for (ImportPlan.ComputerChange c : plan.changes()) {
            String where = places.of(c.computer().tenantId(), null);
            for (ImportPlan.FieldChange f : c.fields()) {
                changed.add(new Changed(c.line(), "computer", c.computer().name(), where, f.field(), shown(f.before(), zone), shown(f.after(), zone)));
            }
        }
        for (ImportPlan.PersonChange c : plan.personChanges()) {
            String where = places.of(c.person().tenantId(), null);
            for (ImportPlan.FieldChange f : c.fields()) {
                changed.add(new Changed(c.line(), "person", c.person().displayName(), where, f.field(), f.before(), f.after()));
            }
        }
        List<Missing> missing = plan.missingFromSource().stream()
                .map(c -> new Missing(c.name(), places.of(c.tenantId(), null), seen(c, zone))).toList();
        List<Likely> likely = plan.likelySame().stream().map(l -> new Likely(l.line(), l.inFile(), places.of(l.tenantId(), null))).toList();
        return new PlanRows(plan, summary(plan, fileName, clients), added, changed, missing, likely, plan.problems());
    }

    /** Whether the plan's problem rows would be left out (the technician must say so). */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * "Read 2,201 rows of psa.csv. Creates 2 clients, 3 sites and 1,204 computers; changes 17 computers; 980 unchanged;
     * 12 not in the file (kept); 3 rows cannot be imported." With people: "… Creates 1,204 computers and 310 people;
     * changes 17 computers and 2 people; 980 computers and 40 people unchanged; …"
     */
    private static String summary(ImportPlan plan, String fileName, int clients) {
        List<String> parts = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        int sites = plan.newTenants().size() - clients;
        if (clients > 0) {
            creates.add(Plural.count(clients, "client"));
        }
        if (sites > 0) {
            creates.add(Plural.count(sites, "site"));
        }
        if (!plan.newComputers().isEmpty()) {
            creates.add(Plural.count(plan.newComputers().size(), "computer"));
        }
        if (!plan.newPeople().isEmpty()) {
            creates.add(people(plan.newPeople().size()));
        }
        if (!creates.isEmpty()) {
            parts.add("Creates " + joined(creates));
        }
        List<String> changes = new ArrayList<>();
        if (!plan.changes().isEmpty()) {
            changes.add(Plural.count(plan.changes().size(), "computer"));
        }
        if (!plan.personChanges().isEmpty()) {
            changes.add(people(plan.personChanges().size()));
        }
        if (!changes.isEmpty()) {
            parts.add("changes " + joined(changes));
        }
        if (plan.changesNothing()) {
            parts.add("Changes nothing");
        }
        boolean withPeople = !plan.newPeople().isEmpty() || !plan.personChanges().isEmpty() || plan.peopleUnchanged() > 0;
        parts.add(withPeople ? Plural.count(plan.unchanged(), "computer") + " and " + people(plan.peopleUnchanged()) + " unchanged"
                : String.format(Locale.ROOT, "%,d unchanged", plan.unchanged()));
        if (!plan.missingFromSource().isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%,d not in the file (kept)", plan.missingFromSource().size()));
        }
        if (!plan.problems().isEmpty()) {
            parts.add(Plural.count(plan.problems().size(), "row") + " cannot be imported");
        }
        return "Read " + Plural.count(plan.rows(), "row") + " of " + fileName + ". " + String.join("; ", parts) + ".";
    }

    private static String people(int n) {
        return n == 1 ? "1 person" : String.format(Locale.ROOT, "%,d people", n);
    }

    private static String joined(List<String> items) {
        return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String details(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isEmpty()).collect(Collectors.joining(" · "));
    }

    /** A last seen as the planner writes it (an instant) in the technician's time; other values as they are. */
    private static String shown(String value, ZoneId zone) {
        if (value == null || value.isEmpty() || value.equals("null")) {
            return "";
        }
        try {
            return SEEN.format(Instant.parse(value).atZone(zone));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return value;
        }
    }

    private static String seen(Computer computer, ZoneId zone) {
        return computer.lastSeen() == null ? "" : SEEN.format(computer.lastSeen().atZone(zone));
    }

    /** Where things are, in words: a tenant's path below the MSP, or a new tenant's ("Initech › Austin"). */
    private static final class Places {
        private final TenantHierarchy hierarchy;
        private final UUID msp;
        private final Map<String, ImportPlan.NewTenant> byKey = new HashMap<>();

        Places(TenantHierarchy hierarchy, List<ImportPlan.NewTenant> created) {
            this.hierarchy = hierarchy;
            this.msp = hierarchy.root().map(TenantNode::id).orElse(null);
            created.forEach(t -> byKey.put(t.key(), t));
        }

        boolean isClient(ImportPlan.NewTenant t) {
            return t.parentKey() == null && msp != null && msp.equals(t.existingParentId());
        }

        String of(UUID tenant, String newKey) {
            if (tenant != null) {
                return hierarchy.path(tenant).stream().filter(n -> !n.id().equals(msp)).map(TenantNode::name).collect(Collectors.joining(" › "));
            }
            return Optional.ofNullable(byKey.get(newKey)).map(t -> joinedPath(parentOf(t), t.name())).orElse("");
        }

        String parentOf(ImportPlan.NewTenant t) {
            return t.parentKey() != null ? of(null, t.parentKey()) : of(t.existingParentId(), null);
        }

        private static String joinedPath(String parent, String name) {
            return parent.isEmpty() ? name : parent + " › " + name;
        }
    }
}
