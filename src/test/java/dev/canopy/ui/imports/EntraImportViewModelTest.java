package dev.canopy.ui.imports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.imports.entra.FakeGraph;
import dev.canopy.imports.entra.GraphWait;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.imports.EntraImportViewModel.Step;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Entra import without a window, against a Graph-shaped loopback server and a real store behind the real main
 * view model: paged users, throttling waited out and said, an expired token in words, Stop changing nothing, and
 * Import as one undoable command after which a second dry run has nothing to change.
 */
class EntraImportViewModelTest extends ViewModelFixture {

    private final FakeGraph graph = new FakeGraph();
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private Consumer<RunningTask> duringWait = task -> { };
    private RunningTask current;
    private EntraImportViewModel model;
    private UUID acme;

    @BeforeEach
    void acmeWithOneMappedPerson() {
        open(new ComplianceSeed()::write);
        acme = tenantNamed("Acme").id();
        store().execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(UUID.randomUUID(), acme, "Ben O.", "ben.old@contoso.example", null, true,
                List.of(new ExternalRef("entra", "id-ben")), RecordMeta.created(Instant.now(), ""))));
        // every line a dry run's task shows, as the status bar and the dialog see them
        services().tasks().runningTasks().addListener((ListChangeListener<RunningTask>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(task -> {
                    current = task;
                    task.lineProperty().addListener((obs, old, line) -> lines.add(line));
                });
            }
        });
        GraphWait recorded = (millis, progress) -> {
            waits.add(millis);
            duringWait.accept(current);
        };
        select(acme);
        model = new EntraImportViewModel(services().tenants(), services().store(), services().tasks(), services().commands(),
                services().notices(), recorded, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        model.graphUrlProperty().set(graph.url());
    }

    @AfterEach
    void stopGraph() {
        graph.close();
    }

    private List<Person> acmePeople() {
        return store().records(PersonKind.INSTANCE, List.of(acme));
    }

    @Test
    void aDryRunReadsEveryPageAndShowsNewChangedFieldByFieldAndLeavesTheStoreAsItWas() {
        List<Person> before = acmePeople();
        assertThat(model.canDryRunProperty().get()).isFalse();
        assertThat(model.sourceProblemProperty().get()).startsWith("Sign in, or paste an access token");

        model.tokenProperty().set(FakeGraph.TOKEN);
        model.dryRun();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DRY_RUN);
        assertThat(lines).contains("Read 2 users on 1 page…", "Read 3 users on 2 pages…", "Read 5 users on 3 pages…");
        PersonPlanRows rows = model.rowsProperty().get();
        assertThat(rows.summary()).isEqualTo("Read 5 users on 3 pages from Microsoft Graph (all users). Into Northwind › Acme:"
                + " creates 3 people; changes 1 person; 0 unchanged; 1 guest left out.");
        assertThat(rows.added()).extracting(PersonPlanRows.Added::name).containsExactly("Ada Lovelace", "Cy Young", "Dee Park");
        assertThat(rows.changed()).extracting(c -> c.person() + ": " + c.field() + " " + c.before() + " → " + c.after()).containsExactly(
                "Ben O.: name Ben O. → Ben Okafor", "Ben O.: e-mail ben.old@contoso.example → ben@contoso.example", "Ben O.: active yes → no");
        assertThat(model.canApplyProperty().get()).isTrue();
        assertThat(acmePeople()).as("a dry run writes nothing").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void importIsOneUndoableChangeAndASecondDryRunHasNothingToChange() {
        model.tokenProperty().set(FakeGraph.TOKEN);
        model.dryRun();
        boolean[] closed = {false};

        model.apply(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        assertThat(acmePeople()).extracting(Person::displayName).containsExactlyInAnyOrder("Ada Lovelace", "Ben Okafor", "Cy Young", "Dee Park");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo import of 4 people from Entra ID");

        model.dryRun();
        assertThat(model.rowsProperty().get().summary()).endsWith("Into Northwind › Acme: changes nothing; 4 unchanged; 1 guest left out.");
        assertThat(model.applyNoteProperty().get()).isEqualTo("Nothing to change: the tenant already holds what Entra ID says.");
        assertThat(model.canApplyProperty().get()).isFalse();

        main.undo(failure -> { throw new AssertionError(failure); });
        assertThat(acmePeople()).extracting(Person::displayName).containsExactly("Ben O.");
    }

    @Test
    void throttlingIsWaitedOutAndSaidOnTheProgressLine() {
        graph.then(FakeGraph.throttled(429, "5"));
        model.tokenProperty().set(FakeGraph.TOKEN);

        model.dryRun();

        assertThat(waits).containsExactly(5_000L);
        assertThat(lines).contains("Graph asked to wait 5 s…");
        assertThat(model.stepProperty().get()).isEqualTo(Step.DRY_RUN);
        assertThat(model.rowsProperty().get().added()).hasSize(3);
    }

    @Test
    void anExpiredTokenIsSaidInWordsNamingTheRequestAndChangesNothing() {
        graph.then(FakeGraph.graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired."));
        List<Person> before = acmePeople();
        model.tokenProperty().set(FakeGraph.TOKEN);

        model.dryRun();

        assertThat(model.stepProperty().get()).isEqualTo(Step.EDITING);
        assertThat(model.rowsProperty().get()).isNull();
        assertThat(model.errorProperty().get()).isEqualTo("GET /v1.0/users: the Graph token has expired or is not valid; get a new one"
                + " (Graph said: InvalidAuthenticationToken: Lifetime validation failed, the token is expired.).")
                .doesNotContain(FakeGraph.TOKEN);
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(acmePeople()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void anHtmlPageIsNamedAsSuch() {
        graph.then(FakeGraph.html(200));
        model.tokenProperty().set(FakeGraph.TOKEN);

        model.dryRun();

        assertThat(model.errorProperty().get()).isEqualTo("GET /v1.0/users answered with a page that is a web page (HTML), not Graph's JSON.");
        assertThat(model.stepProperty().get()).isEqualTo(Step.EDITING);
    }

    @Test
    void stopDuringAThrottlingWaitChangesNothingAndSaysSo() {
        graph.then(FakeGraph.throttled(429, "30"));
        duringWait = RunningTask::cancel;  // what Stop does to the running task
        List<Person> before = acmePeople();
        model.tokenProperty().set(FakeGraph.TOKEN);

        model.dryRun();

        assertThat(model.stepProperty().get()).isEqualTo(Step.EDITING);
        assertThat(model.rowsProperty().get()).isNull();
        assertThat(model.progressProperty().get()).isEqualTo("The dry run was stopped; nothing was changed.");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(acmePeople()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void closingForgetsTheTokenAndAChangedSourceDropsTheDryRunShown() {
        model.tokenProperty().set(FakeGraph.TOKEN);
        model.dryRun();
        model.groupProperty().set("Staff");
        assertThat(model.rowsProperty().get()).as("Import applies only the dry run shown for this source").isNull();
        assertThat(model.canApplyProperty().get()).isFalse();

        model.dryRun();
        assertThat(model.rowsProperty().get().summary()).startsWith("Read 1 user on 1 page from Microsoft Graph (members of Staff)"
                + " (1 members that are not users left out).");

        model.close();
        assertThat(model.tokenProperty().get()).isEmpty();
    }
}
