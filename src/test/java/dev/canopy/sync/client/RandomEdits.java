package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergePlan;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * A random edit of every kind a technician can make, against what one local store holds now: create, rename, move,
 * edit and delete tenants, restore deleted ones, reassign computers, merge, schedules, deployments, people,
 * preferences, and small imports ({@link RandomImports}). Names come from a small pool so siblings collide across
 * clients. People whose email is one of the team's accounts ({@value #TEAM_DOMAIN}) are never touched: editing them would change who a token acts as.
 */
final class RandomEdits {

    static final String TEAM_DOMAIN = "@team.example";
    private static final List<String> NAMES = List.of("Alpha", "Beta", "Gamma", "Delta", "Omega", "North", "South");
    private static final List<String> SOFTWARE = List.of("7-Zip", "Google Chrome", "Notepad++", "VLC");
    private static final List<String> CHANNELS = List.of("STABLE", "BETA", "PREVIEW");

    private final LocalStore store;
    private final Random random;

    RandomEdits(LocalStore store, Random random) {
        this.store = store;
        this.random = random;
    }

    /** One edit by its kind's name, or empty when the store holds nothing it could apply to. */
    Optional<Command> next() {
        List<TenantNode> live = heldTenants();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        List<TenantNode> children = live.stream().filter(t -> t.parentId() != null).toList();
        List<UUID> ids = live.stream().map(TenantNode::id).toList();
        return switch (random.nextInt(18)) {
            case 0, 1 -> Optional.of(new CreateTenant(uuid(), pick(live).id(), name()));
            case 2 -> some(children, t -> new UpdateTenant(t.id(), TenantChanges.rename(name())));
            case 3 -> some(children, t -> new UpdateTenant(t.id(), TenantChanges.move(pick(live).id())));
            case 4 -> some(children, t -> new UpdateTenant(t.id(), new TenantChanges(null, "note " + random.nextInt(100), null,
                    random.nextBoolean() ? "Europe/Berlin" : "", List.of("tag" + random.nextInt(3)))));
            case 5 -> some(children, t -> new DeleteTenant(t.id()));
            case 6 -> some(deletedTenants(), RestoreTenant::new);
            case 7 -> reassign(ids);
            case 8 -> merge(children, live);
            case 9 -> Optional.of(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(pick(live).id())));
            case 10 -> some(store.records(ScheduleKind.INSTANCE, ids), s -> random.nextBoolean()
                    ? new DeleteRecord<>(ScheduleKind.INSTANCE, s.id()) : new SaveRecord<>(ScheduleKind.INSTANCE, retimed(s)));
            case 11 -> Optional.of(new SaveRecord<>(DeploymentKind.INSTANCE, deployment(pick(live).id())));
            case 12 -> some(store.records(DeploymentKind.INSTANCE, ids), d -> new DeleteRecord<>(DeploymentKind.INSTANCE, d.id()));
            case 13 -> Optional.of(new SaveRecord<>(PersonKind.INSTANCE, person(pick(live).id())));
            case 14 -> some(people(ids), p -> random.nextBoolean() ? new DeleteRecord<>(PersonKind.INSTANCE, p.id())
                    : new SaveRecord<>(PersonKind.INSTANCE, new Person(p.id(), p.tenantId(), "Renamed " + random.nextInt(50), p.email(),
                    p.role(), !p.active(), List.of(), p.meta())));
            case 15 -> Optional.of(preference(pick(live).id()));
            default -> new RandomImports(store, random).next(live).map(Command.class::cast);
        };
    }

    /**
     * Every live tenant the store holds, by name: read from its tenant list rather than walked down from the root, as
     * a technician's scoped copy may hold no root (its top tenant's parent lies outside the scope).
     */
    private List<TenantNode> heldTenants() {
        var hierarchy = store.loadHierarchy();
        List<TenantNode> held = new ArrayList<>();
        store.tenantNamesIncludingDeleted().forEach((id, name) -> {
            if (!name.deleted()) {
                hierarchy.node(id).ifPresent(held::add);
            }
        });
        held.sort(java.util.Comparator.comparing(TenantNode::name).thenComparing(TenantNode::id));  // a case replays in order
        return held;
    }

    private Optional<Command> reassign(List<UUID> tenants) {
        List<Computer> computers = store.computers(tenants, false);
        if (computers.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> moved = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            UUID id = pick(computers).id();
            if (!moved.contains(id)) {
                moved.add(id);
            }
        }
        return Optional.of(ReassignComputers.to(pick(tenants), moved));
    }

    /** A merge with a random choice for every collision the plan finds (a plan the rules refuse is no edit). */
    private Optional<Command> merge(List<TenantNode> children, List<TenantNode> live) {
        if (children.isEmpty()) {
            return Optional.empty();
        }
        UUID source = pick(children).id();
        UUID destination = pick(live).id();
        MergePlan plan;
        try {
            plan = store.inspect(ws -> MergePlan.of(ws, source, destination));
        } catch (dev.canopy.domain.RuleViolation refused) {
            return Optional.empty();
        }
        Map<String, Collision.Choice> decisions = new LinkedHashMap<>();
        for (Collision collision : plan.collisions()) {
            decisions.put(collision.key(), pick(collision.choices()));
        }
        return Optional.of(new MergeTenants(source, destination, decisions));
    }

    private List<UUID> deletedTenants() {
        List<UUID> deleted = new ArrayList<>();
        store.tenantNamesIncludingDeleted().forEach((id, name) -> {
            if (name.deleted()) {
                deleted.add(id);
            }
        });
        return deleted;
    }

    private List<Person> people(List<UUID> tenants) {
        return store.records(PersonKind.INSTANCE, tenants).stream()
                .filter(p -> p.email() == null || !p.email().endsWith(TEAM_DOMAIN)).toList();
    }

    private MaintenanceSchedule schedule(UUID tenant) {
        return new MaintenanceSchedule(uuid(), tenant, pick(NAMES) + " patching", "0 2 * * *", 60 + 30 * random.nextInt(4),
                "", false, ScheduleTarget.allComputers(), random.nextBoolean(), RebootPreference.IF_REQUIRED, 15, false, true, true, fresh());
    }

    private MaintenanceSchedule retimed(MaintenanceSchedule s) {
        return new MaintenanceSchedule(s.id(), s.tenantId(), s.name(), random.nextInt(23) + " 3 * * *", s.windowMinutes(), s.timeZone(),
                s.useComputerTimeZone(), s.target(), s.propagateToChildTenants(), s.rebootPreference(), s.promptTimeoutMinutes(),
                s.autoConsentToReboots(), s.suppressRebootsDuringBusinessHours(), !s.enabled(), s.meta());
    }

    private Deployment deployment(UUID tenant) {
        return new Deployment(uuid(), tenant, pick(SOFTWARE), DesiredState.LATEST, "", Enforcement.REQUIRED, DeploymentScope.TENANT,
                random.nextBoolean(), List.of(), "", DeploymentOrder.UNORDERED, true, fresh());
    }

    private Person person(UUID tenant) {
        int n = random.nextInt(1_000_000);
        Role role = new Role[] {null, Role.TENANT_USER, Role.TENANT_ADMIN}[random.nextInt(3)];
        return new Person(uuid(), tenant, "Person " + n, "p" + n + "@client.example", role, true, List.of(), fresh());
    }

    private Command preference(UUID tenant) {
        return switch (random.nextInt(3)) {
            case 0 -> new SetPreference(tenant, "agent.updateChannel", PreferenceMode.OVERRIDE, pick(CHANNELS));
            case 1 -> new SetPreference(tenant, "agent.autoUpdate", PreferenceMode.ENFORCED, String.valueOf(random.nextBoolean()));
            default -> new SetPreference(tenant, "agent.updateChannel", PreferenceMode.INHERIT, "");
        };
    }

    /** From the seeded random, so a case replays with the same ids. */
    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static RecordMeta fresh() {
        return RecordMeta.created(Instant.EPOCH, "random-edits");
    }

    private String name() {
        return pick(NAMES) + (random.nextInt(3) == 0 ? "" : " " + random.nextInt(5));
    }

    private <T> Optional<Command> some(List<T> candidates, Function<T, Command> edit) {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(edit.apply(pick(candidates)));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
