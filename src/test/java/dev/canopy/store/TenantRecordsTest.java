package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schedules, deployments, people and preferences saved through commands on a real H2 file. */
class TenantRecordsTest extends NorthwindStore {

    private static final RecordMeta NEW = RecordMeta.created(Instant.EPOCH, "test");

    private static MaintenanceSchedule schedule(UUID id, UUID tenant, String name, String cron, int window) {
        return new MaintenanceSchedule(id, tenant, name, cron, window, "", false, ScheduleTarget.allComputers(), true,
                RebootPreference.NORMAL, 60, false, true, true, NEW);
    }

    @Test
    void aScheduleIsSavedEditedUndoneAndSurvivesReopening() {
        UUID id = UUID.randomUUID();
        Command.Applied created = store.execute(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(id, acme, " Nightly ", "30 2 * * *", 120)));
        assertThat(created.label()).isEqualTo("creation of schedule Nightly");
        Command.Applied edited = store.execute(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(id, acme, "Nightly", "30 2 * * *", 90)));
        assertThat(store.records(ScheduleKind.INSTANCE, List.of(acme))).singleElement()
                .satisfies(s -> assertThat(s.windowMinutes()).isEqualTo(90));
        store.execute(edited.inverse());
        store.close();
        store = LocalStore.open(folder);
        MaintenanceSchedule reloaded = store.records(ScheduleKind.INSTANCE, List.of(acme)).get(0);
        assertThat(reloaded.windowMinutes()).isEqualTo(120);
        assertThat(reloaded.name()).isEqualTo("Nightly");
        assertThat(store.auditOf(id)).hasSize(3);
        assertThat(store.auditOf(id).get(1).changes()).contains("\"windowMinutes\":{\"before\":120,\"after\":90}");
    }

    @Test
    void badSchedulesAreRefusedAtTheirFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(UUID.randomUUID(), acme, "Bad", "*/5 2 * * *", 60))))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("recurrence");
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(UUID.randomUUID(), acme, "Long", "0 1 * * *", 0))))
                .extracting("field").isEqualTo("windowMinutes");
        store.execute(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(UUID.randomUUID(), acme, "Nightly", "0 1 * * *", 60)));
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(ScheduleKind.INSTANCE, schedule(UUID.randomUUID(), acme, "nightly", "0 3 * * *", 60))))
                .extracting("field").isEqualTo("name");
        assertThat(store.records(ScheduleKind.INSTANCE, List.of(acme))).hasSize(1);
        assertThat(store.outbox()).hasSize(4);
    }

    @Test
    void deletingADeploymentIsUndoable() {
        UUID id = UUID.randomUUID();
        Deployment chrome = new Deployment(id, acme, "Google Chrome", DesiredState.LATEST, "", Enforcement.REQUIRED,
                DeploymentScope.TENANT, true, List.of(), "", DeploymentOrder.UNORDERED, true, NEW);
        store.execute(new SaveRecord<>(DeploymentKind.INSTANCE, chrome));
        Command.Applied deleted = store.execute(new DeleteRecord<>(DeploymentKind.INSTANCE, id));
        assertThat(store.records(DeploymentKind.INSTANCE, List.of(acme))).isEmpty();
        store.execute(deleted.inverse());
        assertThat(store.records(DeploymentKind.INSTANCE, List.of(acme))).singleElement()
                .satisfies(d -> assertThat(d.software()).isEqualTo("Google Chrome"));
    }

    @Test
    void aDuplicateDeploymentIsRefusedAndNothingIsWritten() {
        Deployment chrome = new Deployment(UUID.randomUUID(), acme, "Google Chrome", DesiredState.LATEST, "", Enforcement.REQUIRED,
                DeploymentScope.TENANT, true, List.of(), "", DeploymentOrder.UNORDERED, true, NEW);
        store.execute(new SaveRecord<>(DeploymentKind.INSTANCE, chrome));
        Deployment twin = new Deployment(UUID.randomUUID(), acme, "google chrome", DesiredState.NOT_PRESENT, "", Enforcement.REQUIRED,
                DeploymentScope.TENANT, false, List.of(), "", DeploymentOrder.UNORDERED, true, NEW);
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(DeploymentKind.INSTANCE, twin)))
                .hasMessageEndingWith("already has a deployment of Google Chrome at Tenant scope (Latest). Edit that one instead.");
        assertThat(store.records(DeploymentKind.INSTANCE, List.of(acme))).singleElement()
                .satisfies(d -> assertThat(d.desiredState()).isEqualTo(DesiredState.LATEST));
        // editing the one there is not a duplicate of itself
        store.execute(new SaveRecord<>(DeploymentKind.INSTANCE, chrome.withDesiredState(DesiredState.ANY_VERSION, "")));
    }

    @Test
    void peopleNeedAUniqueValidEmailAndRolesTheTenantAllows() {
        Person alex = new Person(UUID.randomUUID(), acme, "Alex Kim", "Alex@Acme.example", Role.TENANT_ADMIN, true, List.of(), NEW);
        store.execute(new SaveRecord<>(PersonKind.INSTANCE, alex));
        assertThat(store.records(PersonKind.INSTANCE, List.of(acme))).singleElement()
                .satisfies(p -> assertThat(p.email()).isEqualTo("alex@acme.example"));
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(PersonKind.INSTANCE,
                new Person(UUID.randomUUID(), acme, "Alex Two", "alex@acme.example", null, true, List.of(), NEW))))
                .hasMessageContaining("already has Alex Kim").extracting("field").isEqualTo("email");
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(PersonKind.INSTANCE,
                new Person(UUID.randomUUID(), acme, "Sam", "sam@acme", null, true, List.of(), NEW))))
                .extracting("field").isEqualTo("email");
        assertThatThrownBy(() -> store.execute(new SaveRecord<>(PersonKind.INSTANCE,
                new Person(UUID.randomUUID(), acme, "Pat", "pat@acme.example", Role.MSP_ADMIN, true, List.of(), NEW))))
                .hasMessage("MSP admin exists only in the MSP tenant.");
    }

    @Test
    void preferencesOverrideEnforceAndInheritWithUndo() {
        store.execute(new SetPreference(acme, "maintenance.promptTimeoutMinutes", PreferenceMode.OVERRIDE, "30"));
        Command.Applied enforced = store.execute(new SetPreference(msp, "maintenance.promptTimeoutMinutes", PreferenceMode.ENFORCED, "15"));
        assertThat(enforced.label()).startsWith("enforcement of ");
        assertThatThrownBy(() -> store.execute(new SetPreference(berlin, "maintenance.promptTimeoutMinutes", PreferenceMode.OVERRIDE, "45")))
                .hasMessageContaining("enforced by Northwind");
        assertThatThrownBy(() -> store.execute(new SetPreference(acme, "maintenance.promptTimeoutMinutes", PreferenceMode.OVERRIDE, "abc")))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("maintenance.promptTimeoutMinutes");
        store.execute(enforced.inverse());
        assertThat(store.preferences()).singleElement().satisfies(p -> {
            assertThat(p.tenantId()).isEqualTo(acme);
            assertThat(p.value()).isEqualTo("30");
        });
        store.execute(new SetPreference(acme, "maintenance.promptTimeoutMinutes", PreferenceMode.INHERIT, ""));
        assertThat(store.preferences()).isEmpty();
    }
}
