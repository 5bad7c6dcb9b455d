package dev.canopy.reports.documentation;

import dev.canopy.domain.RuleViolation;
import dev.canopy.reports.SeededStore;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the tenant documentation says, chapter by chapter, about {@link DocumentationSeed}'s tenants. */
class DocumentationQueryTest extends SeededStore {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final ZoneId READER = ZoneId.of("Europe/London");

    private final DocumentationSeed seed = new DocumentationSeed();

    @Override
    protected void seed(LocalStore given) {
        seed.write(given);
    }

    @Test
    void aTenantWithItsSubtreeGetsAChapterEachInTreeOrderAfterAContentsList() throws IOException {
        Captured doc = document(seed.tree.acme, true);

        assertThat(doc.header.title()).isEqualTo("Tenant documentation: Acme");
        assertThat(doc.header.scope()).isEqualTo("Northwind › Acme and its 2 sub-tenants");
        assertThat(doc.header.contents()).containsExactly("Northwind › Acme", "Northwind › Acme › Acme Berlin", "Northwind › Acme › Lab");
        assertThat(doc.chapters).extracting(TenantChapter::name).containsExactly("Acme", "Acme Berlin", "Lab");
        assertThat(doc.header.generatedAt().getZone()).isEqualTo(READER);
    }

    @Test
    void preferencesSayWhereEachValueComesFrom() throws IOException {
        Captured doc = document(seed.tree.acme, true);

        assertThat(row(doc.chapter("Acme"), "Effective preferences", "Update the agent automatically")).containsExactly(
                "Agent", "Update the agent automatically", "No", "Enforced here");
        assertThat(row(doc.chapter("Acme Berlin"), "Effective preferences", "Update the agent automatically")).endsWith("Enforced by Acme");
        assertThat(row(doc.chapter("Acme Berlin"), "Effective preferences", "Prompt timeout")).containsExactly(
                "Maintenance", "Prompt timeout", "30 minutes", "Set on this tenant");
        assertThat(row(doc.chapter("Lab"), "Effective preferences", "Prompt timeout")).endsWith("Default");
        assertThat(section(doc.chapter("Acme Berlin"), "Effective preferences").summary()).startsWith("1 setting is set on this tenant");
    }

    @Test
    void schedulesShowTheirOwnerAndTheNextRunsInTheirZone() throws IOException {
        Captured doc = document(seed.tree.acme, true);

        List<String> own = row(doc.chapter("Acme"), "Maintenance schedules", "Nightly patching");
        assertThat(own.get(1)).isEqualTo("Own, passed on to child tenants");
        assertThat(own.get(2)).isEqualTo("Every day at 02:00, for 90 min");
        assertThat(own.get(4)).isEqualTo("Force: always reboot");
        assertThat(own.get(5)).isEqualTo("Wed 2 Dec 2026 02:00 CET\nThu 3 Dec 2026 02:00 CET\nFri 4 Dec 2026 02:00 CET");
        assertThat(row(doc.chapter("Lab"), "Maintenance schedules", "Nightly patching").get(1)).isEqualTo("Inherited from Acme");
        assertThat(section(document(seed.tree.globex, false).chapter("Globex"), "Maintenance schedules").summary())
                .startsWith("No schedule applies");
    }

    @Test
    void deploymentsSayWhereTheyWinAndWhatBeatsThemWhereTheyLose() throws IOException {
        Captured berlin = document(seed.tree.berlin, false);
        Captured contoso = document(seed.tree.contoso, false);

        assertThat(row(berlin.chapter("Acme Berlin"), "Deployments and what wins where", "7-zip"))
                .containsExactly("7-zip", "Ignore", "Required", "Tenant + children", "Own", "Wins on the one computer");
        assertThat(row(berlin.chapter("Acme Berlin"), "Deployments and what wins where", "7-Zip").get(5))
                .isEqualTo("Beaten on the one computer by 7-zip Ignore (Tenant + children of Acme Berlin): Tenant scope beats Cross-tenant scope");
        assertThat(row(berlin.chapter("Acme Berlin"), "Deployments and what wins where", "Dentrix").get(4)).isEqualTo("Inherited from Acme");
        assertThat(row(contoso.chapter("Contoso"), "Deployments and what wins where", "Backup Agent").get(5)).isEqualTo("Wins on 1 of 2");
        assertThat(section(contoso.chapter("Contoso"), "Deployments and what wins where").table().rows())
                .as("Contoso opts out of the cross-tenant ones").extracting(r -> r.get(0)).containsExactlyInAnyOrder("Legacy VPN", "Backup Agent");
    }

    @Test
    void peopleAreListedWithTheirRolesActiveFirst() throws IOException {
        DocSection people = section(document(seed.tree.acme, false).chapter("Acme"), "People and roles");

        assertThat(people.summary()).isEqualTo("2 people: 1 Tenant admin; 1 inactive.");
        assertThat(people.table().rows()).containsExactly(List.of("Ada Admin", "ada@acme.example", "Tenant admin", "Active"),
                List.of("Ian Inactive", "ian@acme.example", "Tenant user (reads)", "Inactive"));
    }

    @Test
    void computersAreCountedByStatusAndTheFactsSayWhatIsBelow() throws IOException {
        TenantChapter acme = document(seed.tree.acme, false).chapter("Acme");

        assertThat(section(acme, "Computers by status").summary()).isEqualTo("2 computers: 0 online, 0 offline, 2 stale (not seen for 30 days or never).");
        assertThat(section(acme, "Computers by status").table().rows()).extracting(r -> r.get(0)).containsExactly("ACME-01", "ACME-02");
        assertThat(acme.facts()).contains(new TenantChapter.Fact("Kind", "Client"), new TenantChapter.Fact("Sub-tenants", "2: Acme Berlin, Lab"),
                new TenantChapter.Fact("Computers", "2 computers of its own, 3 with its sub-tenants"));
    }

    @Test
    void aCancelledRunStopsBetweenChapters() {
        List<String> done = new ArrayList<>();
        assertThatThrownBy(() -> DocumentationQuery.write(store, seed.tree.acme, true, new Captured(), NOW, READER,
                (n, total, name) -> done.add(name), () -> done.size() >= 1)).isInstanceOf(CancellationException.class);
        assertThat(done).containsExactly("Acme");
    }

    @Test
    void aTenantNoLongerInTheTreeIsRefusedByName() {
        assertThatThrownBy(() -> document(UUID.randomUUID(), false)).isInstanceOf(RuleViolation.class)
                .hasMessage("That tenant no longer exists.");
    }

    private Captured document(UUID tenant, boolean subtree) throws IOException {
        Captured captured = new Captured();
        DocumentationQuery.write(store, tenant, subtree, captured, NOW, READER, (n, total, name) -> { }, () -> false);
        return captured;
    }

    static DocSection section(TenantChapter chapter, String heading) {
        return chapter.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow(
                () -> new AssertionError(chapter.name() + " has no section " + heading));
    }

    /** The row whose first cell is {@code first} (or, for preferences, whose second is). */
    static List<String> row(TenantChapter chapter, String heading, String first) {
        return section(chapter, heading).table().rows().stream().filter(r -> r.get(0).equals(first) || r.get(1).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError(chapter.name() + "'s " + heading + " has no row " + first));
    }

    /** A writer that keeps what it is given. */
    static final class Captured implements DocumentWriter {
        DocumentHeader header;
        final List<TenantChapter> chapters = new ArrayList<>();
        boolean ended;

        @Override
        public void begin(DocumentHeader given) {
            header = given;
        }

        @Override
        public void chapter(TenantChapter chapter) {
            chapters.add(chapter);
        }

        @Override
        public void end() {
            ended = true;
        }

        TenantChapter chapter(String name) {
            return chapters.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }
    }
}
