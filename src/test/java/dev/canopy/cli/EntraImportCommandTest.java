package dev.canopy.cli;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.FakeAuthority;
import dev.canopy.imports.entra.FakeGraph;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code canopy import-entra} against a Graph-shaped loopback server and saved pages: the dry run's plan printed with
 * nothing changed; applying as one change, refused whole while users cannot be imported.
 */
class EntraImportCommandTest extends SeededCli {

    private final FakeGraph graph = new FakeGraph();
    private final FakeAuthority authority = new FakeAuthority();
    private InputStream originalIn;
    private UUID acme;

    @BeforeEach
    void mappedPersonAndToken() {
        originalIn = System.in;
        try (LocalStore store = LocalStore.open(folder)) {
            acme = store.loadHierarchy().depthFirst().stream().filter(n -> n.name().equals("Acme")).findFirst().orElseThrow().id();
            store.execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(UUID.randomUUID(), acme, "Ben O.", "ben.old@contoso.example", null, true,
                    List.of(new ExternalRef("entra", "id-ben")), RecordMeta.created(Instant.now(), ""))));
            store.execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(UUID.randomUUID(), acme, "Zed Gone", "zed@contoso.example", null, true,
                    List.of(new ExternalRef("entra", "id-zed")), RecordMeta.created(Instant.now(), ""))));
        }
    }

    @AfterEach
    void stop() {
        System.setIn(originalIn);
        graph.close();
        authority.close();
        EntraImportCommand.signInWith = DeviceCodeSignIn::new;
        assertThat(authority.refusedHosts).isEmpty();
    }

    private void tokenOnStandardInput(String token) {
        System.setIn(new ByteArrayInputStream((token + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private List<Person> acmePeople() {
        try (LocalStore store = LocalStore.open(folder)) {
            return store.records(PersonKind.INSTANCE, List.of(acme));
        }
    }

    @Test
    void signInPrintsTheCodeOnStandardErrorAndReadsGraphWithTheTokenItGave() {
        EntraImportCommand.signInWith = () -> new DeviceCodeSignIn(authority.transport());
        authority.answers("authorization_pending", "token");

        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "acme", "--graph-url", graph.url(), "--dry-run",
                "--sign-in", "--client-id", FakeAuthority.CLIENT_ID, "--directory", FakeAuthority.DIRECTORY)).isZero();

        assertThat(errText()).contains("open the page " + FakeAuthority.VERIFICATION_URL + " and enter the code " + FakeAuthority.USER_CODE);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("From Microsoft Graph (all users): 5 users on 3 pages.");
        assertThat(graph.authorizations()).isNotEmpty().allMatch(("Bearer " + FakeAuthority.ACCESS_TOKEN)::equals);
        assertThat(errText() + out.toString(StandardCharsets.UTF_8)).doesNotContain(FakeAuthority.ACCESS_TOKEN);
    }

    @Test
    void anExpiredSignInCodeIsABadInputThatChangesNothing() {
        EntraImportCommand.signInWith = () -> new DeviceCodeSignIn(authority.transport());
        authority.answers("expired_token");
        List<Person> before = acmePeople();

        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "acme", "--graph-url", graph.url(),
                "--sign-in", "--client-id", FakeAuthority.CLIENT_ID)).isEqualTo(2);

        assertThat(errText()).contains("canopy: The sign-in code expired before sign-in finished: sign in again.");
        assertThat(acmePeople()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(graph.authorizations()).isEmpty();
    }

    @Test
    void signInNeedsTheAppRegistrationsClientId() {
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "acme", "--sign-in")).isEqualTo(2);

        assertThat(errText()).contains("--sign-in needs --client-id ID");
        assertThat(authority.requests).isEmpty();
    }

    @Test
    void theDryRunReadsEveryPageAndPrintsThePlanChangingNothing() {
        tokenOnStandardInput(FakeGraph.TOKEN);
        List<Person> before = acmePeople();

        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "acme", "--graph-url", graph.url(), "--dry-run")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "From Microsoft Graph (all users): 5 users on 3 pages. Nothing was changed (dry run).",
                "Into Northwind › Acme: would create 3 people, change 1, leave 0 unchanged; 1 guests left out (--guests mark imports them).",
                "  new: Ada Lovelace <ada@contoso.example>",
                "  new: Cy Young <cy@contoso.example>",
                "  new: Dee Park <dee@contoso.example>",
                "  page 1, user 2 (ben@contoso.example): Ben O.: name Ben O. → Ben Okafor; e-mail ben.old@contoso.example → ben@contoso.example; active yes → no",
                "1 people of this tenant mapped to Entra are not in the source (kept; deactivate them yourself if gone): Zed Gone <zed@contoso.example>");
        assertThat(acmePeople()).as("a dry run changes nothing").containsExactlyInAnyOrderElementsOf(before);
        assertThat(errText()).doesNotContain(FakeGraph.TOKEN);
    }

    @Test
    void oneGroupsMembersWithGuestsMarkedOrSavedPagesCanBePlannedToo() throws Exception {
        tokenOnStandardInput(FakeGraph.TOKEN);
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--graph-url", graph.url(), "--group", "Staff",
                "--guests", "mark", "--dry-run")).isZero();
        Path saved = Files.writeString(temp.resolve("users.json"), "{\"value\":[{\"id\":\"id-gus\",\"displayName\":\"Gus Guest\","
                + "\"mail\":\"gus@partner.example\",\"accountEnabled\":true,\"userType\":\"Guest\"}]}");
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--pages", saved.toString(), "--guests", "mark",
                "--dry-run")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).contains(
                "From Microsoft Graph (members of Staff): 1 users on 1 pages (1 members that are not users left out). Nothing was changed (dry run).",
                "  new: Ada Lovelace <ada@contoso.example>",
                "From saved pages " + saved + ": 1 users on 1 pages. Nothing was changed (dry run).",
                "  new: Gus Guest (guest) <gus@partner.example>");
    }

    @Test
    void anExpiredTokenOrABadChoiceExitTwoWithAReason() {
        graph.then(FakeGraph.graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired."));
        tokenOnStandardInput("an-expired-token");
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--graph-url", graph.url(), "--dry-run")).isEqualTo(2);
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--guests", "hide", "--dry-run")).isEqualTo(2);

        assertThat(errText().lines().toList()).containsExactly(
                "canopy: GET /v1.0/users: the Graph token has expired or is not valid; get a new one (Graph said: InvalidAuthenticationToken:"
                        + " Lifetime validation failed, the token is expired.).",
                "canopy: --guests must be mark, skip; got \"hide\"");
        assertThat(errText()).doesNotContain("an-expired-token");
        assertThat(out.size()).isZero();
    }

    @Test
    void aUserTheStoreCouldNotHoldIsAProblemOfThePlanAndApplyingWithoutSkippingItChangesNothing() throws Exception {
        Path saved = Files.writeString(temp.resolve("users.json"), "{\"value\":["
                + "{\"id\":\"id-ada\",\"displayName\":\"Ada Lovelace\",\"mail\":\"ada@contoso.example\"},"
                + "{\"id\":\"" + "x".repeat(201) + "\",\"displayName\":\"Long Id\",\"mail\":\"long@contoso.example\"}]}");
        List<Person> before = acmePeople();

        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--pages", saved.toString())).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "From saved pages " + saved + ": 2 users on 1 pages.",
                "Into Northwind › Acme: would create 1 people, change 0, leave 0 unchanged.",
                "  new: Ada Lovelace <ada@contoso.example>",
                "2 people of this tenant mapped to Entra are not in the source (kept; deactivate them yourself if gone):"
                        + " Ben O. <ben.old@contoso.example>, Zed Gone <zed@contoso.example>",
                "1 user cannot be imported:",
                "  page 1, user 2 (long@contoso.example): External id " + "x".repeat(37) + "… is 201 characters; at most 200 are allowed.",
                "Nothing was changed: fix the users above, or give --skip-problem-rows to import the others.");
        assertThat(acmePeople()).containsExactlyInAnyOrderElementsOf(before);

        out.reset();
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--pages", saved.toString(),
                "--skip-problem-rows")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .contains("Into Northwind › Acme: creates 1 people, changes 0, leaves 0 unchanged.", "Applied as one change: import of 1 person from Entra ID.");
        assertThat(acmePeople()).extracting(Person::displayName).containsExactlyInAnyOrder("Ben O.", "Zed Gone", "Ada Lovelace");
    }

    @Test
    void applyingSavesThePlanAsOneChangeAndTheSameUsersAgainChangeNothing() {
        tokenOnStandardInput(FakeGraph.TOKEN);

        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--graph-url", graph.url())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).contains(
                "Into Northwind › Acme: creates 3 people, changes 1, leaves 0 unchanged; 1 guests left out (--guests mark imports them).",
                "Applied as one change: import of 4 people from Entra ID.");
        List<Person> after = acmePeople();
        assertThat(after).extracting(Person::displayName).contains("Ada Lovelace", "Cy Young", "Dee Park", "Ben Okafor");
        assertThat(after).filteredOn(p -> p.displayName().equals("Ben Okafor")).singleElement()
                .satisfies(p -> assertThat(p.active()).as("disabled in Entra").isFalse());
        assertThat(after).filteredOn(p -> p.displayName().equals("Ada Lovelace")).singleElement()
                .satisfies(p -> assertThat(p.externalRefs()).extracting(r -> r.source()).containsExactly("entra"));

        out.reset();
        tokenOnStandardInput(FakeGraph.TOKEN);
        assertThat(Main.run("--data-dir", folder.toString(), "import-entra", "--tenant", "Acme", "--graph-url", graph.url())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).contains(
                "Into Northwind › Acme: would create 0 people, change 0, leave 4 unchanged; 1 guests left out (--guests mark imports them).",
                "Nothing to change: the tenant already holds what Entra ID says.");
        assertThat(acmePeople()).containsExactlyInAnyOrderElementsOf(after);
    }
}
