package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nothing lives under a deleted tenant (found by the convergence property, case seed 16007: a tenant created, given a
 * deployment and deleted left the deployment live under it, on the laptop and on the server alike).
 */
class DeleteTenantOwnershipTest {

    @TempDir
    Path folder;

    @Test
    void aTenantThatStillOwnsADeploymentIsNotDeletedAndSaysWhatItOwns() {
        UUID msp = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        Deployment notepad = new Deployment(UUID.randomUUID(), branch, "Notepad++", DesiredState.LATEST, "", Enforcement.REQUIRED,
                DeploymentScope.TENANT, true, List.of(), "", DeploymentOrder.UNORDERED, true, RecordMeta.created(Instant.now(), "alex"));
        try (LocalStore store = LocalStore.open(folder, "alex", Clock.systemUTC())) {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(branch, msp, "Branch"));
            store.execute(new SaveRecord<>(DeploymentKind.INSTANCE, notepad));

            assertThatThrownBy(() -> store.execute(new DeleteTenant(branch))).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("\"Branch\" still owns 1 deployment");
            assertThat(store.loadHierarchy().node(branch)).as("nothing changed").isPresent();

            store.execute(new DeleteRecord<>(DeploymentKind.INSTANCE, notepad.id()));
            store.execute(new DeleteTenant(branch));
            assertThat(store.loadHierarchy().node(branch)).isEmpty();
        }
    }
}
