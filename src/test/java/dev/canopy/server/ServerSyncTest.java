package dev.canopy.server;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.person.Role;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync protocol on the server's own database, the same test bodies on H2 and on a real PostgreSQL. */
class ServerSyncTest extends ServerDatabaseFixture {

    private static final MutationCodec CODEC = new MutationCodec();
    private ServerSync sync;

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final Caller admin = new Caller(UUID.randomUUID(), "admin@northwind.example", Role.MSP_ADMIN, null);
    private final Caller sam = new Caller(UUID.randomUUID(), "sam@northwind.example", Role.TECHNICIAN, null);

    private void open(String kind) {
        fresh(kind);
        sync = new ServerSync(database.dataSource(), Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    }

    /** Builds wire mutations from commands, numbered from the given id. */
    private static List<Mutation> mutations(long firstId, long baseVersion, Command... commands) {
        List<Mutation> list = new ArrayList<>();
        for (Command command : commands) {
            list.add(new Mutation(firstId++, command.mutationName(), CODEC.argsOf(command), baseVersion, null));
        }
        return list;
    }

    private PushResponse push(Caller caller, String client, List<Mutation> mutations) {
        return sync.push(caller, new PushRequest(client, mutations, false));
    }

    private PushResponse seedTree() {
        return push(admin, "laptop-1", mutations(1, 0,
                new CreateTenant(msp, null, "Northwind"),
                new CreateTenant(acme, msp, "Acme"),
                new CreateTenant(berlin, acme, "Acme Berlin"),
                new CreateTenant(globex, msp, "Globex")));
    }

    private static List<String> names(PullResponse pull) {
        return pull.changes().stream().filter(c -> c.op().equals(Change.UPSERT)).map(c -> (String) c.record().get("name")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void pushedEditsAreAppliedInOrderAndAPullReturnsThemWithTheServersVersions(String kind) {
        open(kind);
        PushResponse pushed = seedTree();
        assertThat(pushed.results()).extracting(MutationResult::status).containsOnly(MutationResult.APPLIED);
        assertThat(pushed.lastMutationId()).isEqualTo(4);

        PullResponse pull = sync.pull(admin, 0, 100);
        assertThat(names(pull)).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex");
        assertThat(pull.changes()).extracting(Change::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(((Number) ((java.util.Map<?, ?>) pull.changes().get(1).record().get("meta")).get("version")).longValue()).isEqualTo(2);
        assertThat(pull.cursor()).isEqualTo(4);
        assertThat(pull.hasMore()).isFalse();

        PullResponse paged = sync.pull(admin, 0, 3);
        assertThat(paged.changes()).hasSize(3);
        assertThat(paged.hasMore()).isTrue();
        assertThat(sync.pull(admin, paged.cursor(), 3).changes()).extracting(Change::id).containsExactly(globex);
        assertThat(sync.pull(admin, 4, 100).changes()).as("an empty pull").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anEditOfATenantDeletedMeanwhileIsAConflictThatDoesNotBringItBack(String kind) {
        open(kind);
        seedTree();  // Globex is at version 4
        push(admin, "laptop-1", mutations(5, 4, new DeleteTenant(globex)));

        PushResponse late = push(sam, "laptop-2", mutations(1, 4, new UpdateTenant(globex, TenantChanges.rename("Globex Corp"))));

        assertThat(late.results()).extracting(MutationResult::status).containsExactly(MutationResult.CONFLICT);
        assertThat(late.results().get(0).reason()).isEqualTo(PushJudge.DELETED_MEANWHILE);
        assertThat(late.results().get(0).current()).containsEntry("name", "Globex");
        PullResponse after = sync.pull(admin, 5, 100);
        assertThat(after.changes()).as("nothing applied").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRetriedPushAppliesNothingTwiceAndGetsTheSameResults(String kind) {
        open(kind);
        PushResponse first = seedTree();
        PushResponse retry = seedTree();
        assertThat(retry.results()).isEqualTo(first.results());
        assertThat(retry.cursor()).isEqualTo(first.cursor());
        assertThat(sync.pull(admin, 0, 100).changes()).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDryRunJudgesExactlyLikeAPushAndCommitsNothing(String kind) {
        open(kind);
        seedTree();
        var rename = mutations(5, 2, new UpdateTenant(acme, TenantChanges.rename("Acme Corp")),
                new UpdateTenant(acme, TenantChanges.move(berlin)));
        PushResponse dry = sync.push(admin, new PushRequest("laptop-1", rename, true));
        assertThat(dry.results()).extracting(MutationResult::status).containsExactly(MutationResult.APPLIED, MutationResult.REJECTED);

        assertThat(sync.pull(admin, 4, 100).changes()).as("nothing was committed").isEmpty();
        PushResponse real = push(admin, "laptop-1", rename);
        assertThat(real.results()).extracting(MutationResult::status).isEqualTo(dry.results().stream().map(MutationResult::status).toList());
        assertThat(real.results().get(1).reason()).contains("cannot move under its own descendant");
        assertThat(names(sync.pull(admin, 4, 100))).containsExactly("Acme Corp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void editsOfDifferentFieldsMergeAndASameFieldEditAfterAnotherIsAConflictWithTheCurrentRecord(String kind) {
        open(kind);
        seedTree();  // Acme is at version 2
        push(admin, "laptop-1", mutations(5, 2, new UpdateTenant(acme, TenantChanges.rename("Acme Corp"))));

        PushResponse other = push(sam, "laptop-2", mutations(1, 2,
                new UpdateTenant(acme, new TenantChanges(null, "Two sites", null, null, null)),
                new UpdateTenant(acme, TenantChanges.rename("ACME Industries"))));

        assertThat(other.results()).extracting(MutationResult::status).containsExactly(MutationResult.MERGED, MutationResult.CONFLICT);
        assertThat(other.results().get(1).reason()).contains("name");
        assertThat(other.results().get(1).current()).containsEntry("name", "Acme Corp").containsEntry("description", "Two sites");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aTechnicianOfOneClientSeesOnlyItsSubtreeCannotTouchAnotherAndIsToldWhenATenantLeaves(String kind) {
        open(kind);
        seedTree();
        Caller acmeTech = new Caller(UUID.randomUUID(), "tech@acme.example", Role.TECHNICIAN, acme);

        PullResponse mine = sync.pull(acmeTech, 0, 100);
        assertThat(names(mine)).containsExactly("Acme", "Acme Berlin");

        PushResponse reach = push(acmeTech, "acme-laptop", mutations(1, 4,
                new UpdateTenant(globex, TenantChanges.rename("Globex Ltd")),
                new UpdateTenant(berlin, TenantChanges.move(globex)),
                new UpdateTenant(berlin, TenantChanges.rename("Berlin Office"))));
        assertThat(reach.results()).extracting(MutationResult::status)
                .containsExactly(MutationResult.REJECTED, MutationResult.REJECTED, MutationResult.APPLIED);
        assertThat(reach.results().get(0).reason()).contains("outside your scope");

        push(admin, "laptop-1", mutations(5, 5, new UpdateTenant(berlin, TenantChanges.move(globex))));
        PullResponse after = sync.pull(acmeTech, mine.cursor(), 100);
        assertThat(after.changes()).extracting(Change::op, Change::id).containsExactly(org.assertj.core.groups.Tuple.tuple(Change.REVOKE, berlin));
        assertThat(sync.pull(acmeTech, 0, 100).changes()).extracting(Change::id).doesNotContain(globex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aTenantUserCannotPushAndACursorFromTheFutureMustReset(String kind) {
        open(kind);
        seedTree();
        Caller reader = new Caller(UUID.randomUUID(), "viewer@acme.example", Role.TENANT_USER, acme);
        assertThatThrownBy(() -> push(reader, "viewer", mutations(1, 0, new UpdateTenant(acme, TenantChanges.rename("X")))))
                .isInstanceOf(SyncException.class).satisfies(e -> assertThat(((SyncException) e).kind()).isEqualTo(SyncException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> sync.pull(admin, 99, 10))
                .isInstanceOf(SyncException.class).satisfies(e -> assertThat(((SyncException) e).kind()).isEqualTo(SyncException.Kind.RESET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aClientsOwnEarlierEditsAreNoConflictForItsLaterOnes(String kind) {
        open(kind);
        UUID lyon = UUID.randomUUID();
        seedTree();
        PushResponse own = push(admin, "laptop-1", mutations(5, 0,
                new CreateTenant(lyon, globex, "Globex Lyon"),
                new UpdateTenant(lyon, TenantChanges.rename("Globex Lyon Office")),
                new UpdateTenant(lyon, TenantChanges.rename("Lyon"))));
        assertThat(own.results()).extracting(MutationResult::status)
                .containsExactly(MutationResult.APPLIED, MutationResult.MERGED, MutationResult.MERGED);
        assertThat(names(sync.pull(admin, 4, 100))).containsExactly("Lyon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twoEditsOfOneScheduleFieldFromTwoLaptopsAreAConflictAndTheVersionTravelsWithTheSchedule(String kind) {
        open(kind);
        seedTree();
        var schedule = new dev.canopy.domain.schedule.MaintenanceSchedule(UUID.randomUUID(), acme, "Nightly", "0 2 * * *", 120, "",
                false, dev.canopy.domain.schedule.ScheduleTarget.allComputers(), false, dev.canopy.domain.schedule.RebootPreference.NORMAL,
                15, false, true, true, dev.canopy.domain.RecordMeta.created(Instant.parse("2026-11-30T08:00:00Z"), "alex"));
        var save = dev.canopy.domain.schedule.ScheduleKind.INSTANCE;
        push(admin, "laptop-1", mutations(5, 0, new dev.canopy.domain.command.SaveRecord<>(save, schedule)));
        PullResponse pulled = sync.pull(sam, 4, 100);
        long version = ((Number) ((java.util.Map<?, ?>) pulled.changes().get(0).record().get("meta")).get("version")).longValue();
        assertThat(version).as("the body carries the server's version").isEqualTo(5);

        var longer = new dev.canopy.domain.schedule.MaintenanceSchedule(schedule.id(), acme, "Nightly", "0 2 * * *", 180, "",
                false, schedule.target(), false, schedule.rebootPreference(), 15, false, true, true, schedule.meta());
        var shorter = new dev.canopy.domain.schedule.MaintenanceSchedule(schedule.id(), acme, "Nightly", "0 2 * * *", 60, "",
                false, schedule.target(), false, schedule.rebootPreference(), 15, false, true, true, schedule.meta());
        assertThat(push(admin, "laptop-1", List.of(new Mutation(6, "schedule.save",
                CODEC.argsOf(new dev.canopy.domain.command.SaveRecord<>(save, longer)), version, List.of("windowMinutes")))).results())
                .extracting(MutationResult::status).containsExactly(MutationResult.APPLIED);
        PushResponse late = push(sam, "laptop-2", List.of(new Mutation(1, "schedule.save",
                CODEC.argsOf(new dev.canopy.domain.command.SaveRecord<>(save, shorter)), version, List.of("windowMinutes"))));
        assertThat(late.results()).extracting(MutationResult::status).containsExactly(MutationResult.CONFLICT);
        assertThat(late.results().get(0).current()).containsEntry("windowMinutes", 180);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aConflictOutsideTheCallersScopeIsARefusalThatShowsNothingOfTheRecord(String kind) {
        open(kind);
        seedTree();
        push(admin, "laptop-1", mutations(5, 4, new UpdateTenant(globex, TenantChanges.rename("Globex Ltd"))));
        Caller acmeTech = new Caller(UUID.randomUUID(), "tech@acme.example", Role.TECHNICIAN, acme);
        PushResponse reach = push(acmeTech, "acme-laptop", mutations(1, 4, new UpdateTenant(globex, TenantChanges.rename("Mine now"))));
        assertThat(reach.results()).extracting(MutationResult::status).containsExactly(MutationResult.REJECTED);
        assertThat(reach.results().get(0).current()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void compactionKeepsEveryLatestChangeAndAClientOlderThanAForgottenDeletionMustReset(String kind) {
        open(kind);
        seedTree();
        long early = sync.pull(admin, 0, 100).cursor();  // 4: a client that synced before the edits below
        push(admin, "laptop-1", mutations(5, 0,
                new UpdateTenant(globex, TenantChanges.rename("Globex Ltd")),
                new UpdateTenant(globex, TenantChanges.rename("Globex Group")),
                new dev.canopy.domain.command.DeleteTenant(berlin)));
        long late = sync.pull(admin, 0, 100).cursor();

        var result = new ChangeLogCompaction(database.dataSource()).compact(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(result.superseded()).as("Globex's creation and first rename, Berlin's creation").isEqualTo(3);
        assertThat(result.tombstones()).isEqualTo(1);

        assertThatThrownBy(() -> sync.pull(admin, early, 100)).isInstanceOf(SyncException.class)
                .satisfies(e -> assertThat(((SyncException) e).kind()).isEqualTo(SyncException.Kind.RESET))
                .hasMessageContaining("download again");
        assertThat(sync.pull(admin, late, 100).changes()).as("an up-to-date client carries on").isEmpty();
        PullResponse fresh = sync.pull(admin, 0, 100);
        assertThat(names(fresh)).containsExactly("Northwind", "Acme", "Globex Group");
        assertThat(fresh.changes()).extracting(Change::op).doesNotContain(Change.DELETE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aClientWhoseScopeChangedOrIntoWhoseScopeATenantMovedIsToldToDownloadAgain(String kind) {
        open(kind);
        seedTree();
        Caller acmeTech = new Caller(UUID.randomUUID(), "tech@acme.example", Role.TECHNICIAN, acme);
        PullResponse first = sync.pull(acmeTech, "acme-laptop", 0, 100);
        assertThat(names(first)).containsExactly("Acme", "Acme Berlin");

        push(admin, "laptop-1", mutations(5, 0, new UpdateTenant(globex, TenantChanges.move(acme))));
        assertThatThrownBy(() -> sync.pull(acmeTech, "acme-laptop", first.cursor(), 100)).isInstanceOf(SyncException.class)
                .hasMessageContaining("moved into your scope");
        assertThat(names(sync.pull(acmeTech, "acme-laptop", 0, 100))).contains("Globex");

        Caller movedToGlobex = new Caller(acmeTech.accountId(), acmeTech.email(), Role.TECHNICIAN, globex);
        assertThatThrownBy(() -> sync.pull(movedToGlobex, "acme-laptop", 5, 100)).isInstanceOf(SyncException.class)
                .hasMessageContaining("Your access changed");
        assertThat(sync.pull(movedToGlobex, "acme-laptop", 0, 100).changes()).as("the download that follows").isNotEmpty();
        assertThat(sync.pull(admin, "laptop-1", 5, 100).lastMutationId()).as("a named client learns its last mutation").isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anUndoOfAMergeThisServerNeverSawIsRefusedAndTheRestOfThePushApplies(String kind) {
        open(kind);
        seedTree();
        var unmerge = dev.canopy.sync.CommandSamples.unmerge();
        PushResponse pushed = push(admin, "laptop-1", List.of(
                new Mutation(5, unmerge.mutationName(), CODEC.argsOf(unmerge), 0, null),
                mutations(6, 0, new UpdateTenant(acme, TenantChanges.rename("Acme Corp"))).get(0)));
        assertThat(pushed.results()).extracting(MutationResult::status).containsExactly(MutationResult.REJECTED, MutationResult.MERGED);
        assertThat(pushed.results().get(0).reason()).isNotBlank().doesNotContain("Exception");
    }
}
