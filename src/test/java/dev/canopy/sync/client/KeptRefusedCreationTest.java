package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused creation the technician keeps once what made the server refuse it is gone: the record is made anew,
 * though the refusal left its undone row behind (a tombstone). Found for a site by the convergence property (case
 * 3783498116804), where keeping mine of such a creation failed with the database's duplicate-key error instead; the
 * same holds for the records a tenant owns, each refused for its own rule: a person whose e-mail another in the tenant
 * took, a schedule whose name, a deployment whose software.
 */
class KeptRefusedCreationTest extends ScopedTeamTest {

    @Test
    void keepingARefusedCreationMakesTheSiteOnceItsNameIsFree() throws Exception {
        keptOnceFree("tenant", (id, acme) -> new CreateTenant(id, acme, "Acme Munich"), DeleteTenant::new,
                Map.of("name", "Acme Munich"));
    }

    @Test
    void keepingARefusedCreationMakesThePersonOnceTheirEmailIsFree() throws Exception {
        keptOnceFree("person", (id, acme) -> new SaveRecord<>(PersonKind.INSTANCE, new Person(id, acme, "Ann " + id.toString().substring(0, 4),
                "ann@client.example", null, true, List.of(), fresh())), id -> new DeleteRecord<>(PersonKind.INSTANCE, id),
                Map.of("email", "ann@client.example"));
    }

    @Test
    void keepingARefusedCreationMakesTheScheduleOnceItsNameIsFree() throws Exception {
        keptOnceFree("schedule", (id, acme) -> new SaveRecord<>(ScheduleKind.INSTANCE, new MaintenanceSchedule(id, acme, "Night patching",
                "0 2 * * *", 60, "", false, ScheduleTarget.allComputers(), false, RebootPreference.IF_REQUIRED, 15, false, true, true,
                fresh())), id -> new DeleteRecord<>(ScheduleKind.INSTANCE, id), Map.of("name", "Night patching"));
    }

    @Test
    void keepingARefusedCreationMakesTheDeploymentOnceItsSoftwareIsFree() throws Exception {
        keptOnceFree("deployment", (id, acme) -> new SaveRecord<>(DeploymentKind.INSTANCE, new Deployment(id, acme, "7-Zip",
                DesiredState.LATEST, "", Enforcement.REQUIRED, DeploymentScope.TENANT, false, List.of(), "", DeploymentOrder.UNORDERED,
                true, fresh())), id -> new DeleteRecord<>(DeploymentKind.INSTANCE, id), Map.of("software", "7-Zip"));
    }

    /**
     * Toni makes the record in Acme first; the admin's own creation of the same is refused; Toni deletes his; the
     * admin keeps theirs, which the server then holds, as the admin's copy does.
     */
    private void keptOnceFree(String entity, BiFunction<UUID, UUID, Command> create, Function<UUID, Command> delete,
                              Map<String, Object> fields) throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        UUID acme = ScopedTeam.tenant(admin, "Acme");
        UUID tonis = UUID.randomUUID();
        assertThat(team.toni.edit(create.apply(tonis, acme))).isTrue();
        team.toni.sync().orElseThrow();
        UUID mine = UUID.randomUUID();
        assertThat(admin.edit(create.apply(mine, acme))).isTrue();
        admin.sync().orElseThrow();
        SyncConflict refused = admin.ledger.conflicts().stream().filter(c -> c.name().startsWith(entity + "."))
                .findFirst().orElseThrow();
        assertThat(refused.kind()).isEqualTo(SyncConflict.REJECTED);
        assertThat(team.toni.edit(delete.apply(tonis))).isTrue();
        team.toni.sync().orElseThrow();
        admin.sync().orElseThrow();

        admin.engine.resolve(refused.id(), SyncAgent.Resolution.KEEP_MINE, null);
        admin.sync().orElseThrow();

        assertThat(team.server.liveState(admin.token).get(entity + "/" + mine)).as("on the server").isNotNull()
                .containsAllEntriesOf(fields);
        assertThat(admin.ledger.conflicts()).as("open conflicts").isEmpty();
        assertThat(ConvergenceChecks.sameAsServer(admin, team.server.liveState(admin.token))).isEmpty();
    }

    private static RecordMeta fresh() {
        return RecordMeta.created(Instant.EPOCH, "test");
    }
}
