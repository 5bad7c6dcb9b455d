package dev.canopy.store;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.tenant.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static dev.canopy.store.SyncFixture.computer;
import static dev.canopy.store.SyncFixture.person;
import static dev.canopy.store.SyncFixture.preference;
import static dev.canopy.store.SyncFixture.tenant;
import static dev.canopy.store.SyncFixture.upsert;
import static org.assertj.core.api.Assertions.assertThat;

/** What the outbox keeps of each kind of edit: the target's base version, the fields changed, the touched records, the shadows. */
class SyncOutboxTest {

    @TempDir
    Path folder;

    private SyncFixture f;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID erin = UUID.randomUUID();
    private final List<UUID> computers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @BeforeEach
    void pulled() {
        f = new SyncFixture(folder);
        f.ledger.applyPage(List.of(upsert(tenant(msp, "Northwind", null, 1)), upsert(tenant(acme, "Acme", msp, 7)),
                upsert(tenant(globex, "Globex", msp, 3)), upsert("person", erin, person(erin, acme, "Erin Walsh", 9)),
                upsert("computer", computers.get(0), computer(computers.get(0), acme, "PC-1", 4)),
                upsert("computer", computers.get(1), computer(computers.get(1), acme, "PC-2", 5)),
                upsert("computer", computers.get(2), computer(computers.get(2), acme, "PC-3", 6)),
                upsert("preference", acme, preference(acme, "maintenance.rebootPreference", "FORCE", 11))), 11);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aRenameQueuesTheTenantsServerVersionTheFieldsItChangedAndASummary() {
        f.store.execute(new UpdateTenant(acme, new TenantChanges("Acme Corp", null, null, null, null)));

        PendingEdit edit = f.ledger.pending().get(0);
        assertThat(edit.name()).isEqualTo("tenant.update");
        assertThat(edit.baseVersion()).isEqualTo(7);
        assertThat(edit.fields()).as("the slug follows the name: one field to compare").containsExactly("name");
        assertThat(edit.summary()).isEqualTo("rename of Acme");
    }

    @Test
    void aPersonSaveTakesThePersonsVersionNotItsTenants() {
        Person renamed = new Person(erin, acme, "Erin O'Brien", "erin.walsh@acme.example", null, true, List.of(), SyncFixture.server(9));
        f.store.execute(new SaveRecord<>(PersonKind.INSTANCE, renamed));

        PendingEdit edit = f.ledger.pending().get(0);
        assertThat(edit.baseVersion()).isEqualTo(9);
        assertThat(edit.fields()).containsExactly("displayName");
    }

    @Test
    void aPreferenceTakesTheSettingsVersionAndItsKeyAsTheField() {
        f.store.execute(new SetPreference(acme, "maintenance.rebootPreference", PreferenceMode.OVERRIDE, "SUPPRESS"));

        PendingEdit edit = f.ledger.pending().get(0);
        assertThat(edit.baseVersion()).isEqualTo(11);
        assertThat(edit.fields()).containsExactly("maintenance.rebootPreference");
    }

    @Test
    void aReassignTargetsAMovedComputerAndListsEveryComputerItTouched() throws Exception {
        f.store.execute(ReassignComputers.to(globex, computers));

        PendingEdit edit = f.ledger.pending().get(0);
        assertThat(edit.baseVersion()).isEqualTo(4);
        assertThat(edit.fields()).containsExactly("tenantId");
        assertThat(f.count("select count(*) from outbox_touch where entity = 'computer' and fields = '[\"tenantId\"]'")).isEqualTo(3);
        assertThat(f.count("select count(*) from sync_shadow")).as("no shadows while no server is connected").isZero();
    }

    @Test
    void withTrackingOnTheFirstEditOfARecordKeepsItsServerStateOnce() throws Exception {
        f.ledger.enableTracking(true);
        f.store.execute(ReassignComputers.to(globex, computers));
        f.store.execute(ReassignComputers.to(msp, computers.subList(0, 1)));
        f.store.execute(new UpdateTenant(acme, new TenantChanges("Acme Corp", null, null, null, null)));

        assertThat(f.count("select count(*) from sync_shadow where entity = 'computer'")).isEqualTo(3);
        assertThat(f.count("select count(*) from sync_shadow where entity = 'computer' and record_id = '" + computers.get(0)
                + "' and state like '%" + acme + "%' and version = 4")).as("the state before the first move, not the second").isEqualTo(1);
        assertThat(f.count("select count(*) from sync_shadow where entity = 'tenant' and state like '%\"name\":\"Acme\"%' and version = 7"))
                .isEqualTo(1);
    }

    @Test
    void trackingIsKeptWhenTheStoreIsOpenedAgain() {
        f.ledger.enableTracking(true);
        f.close();
        f = new SyncFixture(folder);

        assertThat(f.ledger.tracking()).isTrue();
    }

    @Test
    void aTenantCreatedLocallyHasBaseVersionZeroAndAShadowSayingTheServerLacksIt() throws Exception {
        f.ledger.enableTracking(true);
        UUID initech = UUID.randomUUID();
        f.store.execute(new CreateTenant(initech, msp, "Initech"));

        PendingEdit edit = f.ledger.pending().get(0);
        assertThat(edit.baseVersion()).isZero();
        assertThat(edit.fields()).contains("name", "parentId");
        assertThat(f.count("select count(*) from sync_shadow where record_id = '" + initech + "' and state is null")).isEqualTo(1);
        Tenant stored = f.store.tenant(initech).orElseThrow();
        assertThat(stored.meta().version()).isZero();
    }

    @Test
    void untrackedTheRecordsAnEditCreatesGetNoTouchButLaterEditsOfThemAndEditsOfStoredRecordsDo() throws Exception {
        UUID initech = UUID.randomUUID();
        f.store.execute(new CreateTenant(initech, msp, "Initech"));
        f.store.execute(new UpdateTenant(acme, new TenantChanges("Acme Corp", null, null, null, null)));
        f.store.execute(new UpdateTenant(initech, new TenantChanges("Initech Ltd", null, null, null, null)));

        assertThat(f.ledger.pending()).as("the creation is still pushed").hasSize(3);
        assertThat(f.count("select count(*) from outbox_touch where record_id = '" + initech + "'"))
                .as("only the rename touches the new tenant: without a server's state nothing could undo its creation").isEqualTo(1);
        assertThat(f.count("select count(*) from outbox_touch where record_id = '" + acme + "'")).isEqualTo(1);
    }

    @Test
    void trackedARecordAnEditCreatesIsTouchedSoARefusalCanRemoveIt() throws Exception {
        f.ledger.enableTracking(true);
        UUID initech = UUID.randomUUID();
        f.store.execute(new CreateTenant(initech, msp, "Initech"));

        assertThat(f.count("select count(*) from outbox_touch where record_id = '" + initech + "'")).isEqualTo(1);
    }
}
