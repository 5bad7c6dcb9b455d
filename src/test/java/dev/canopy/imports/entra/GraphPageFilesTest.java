package dev.canopy.imports.entra;

import dev.canopy.imports.ImportRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saved Graph pages: a file or a folder of pages in order, each checked before any user is passed on. */
class GraphPageFilesTest {

    @TempDir
    Path folder;

    private Path page(String name, String json) throws Exception {
        return Files.writeString(folder.resolve(name), json);
    }

    private static String users(String nextLink, String... ids) {
        StringBuilder value = new StringBuilder();
        for (String id : ids) {
            value.append(value.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"displayName\":\"").append(id)
                    .append("\",\"mail\":\"").append(id).append("@contoso.example\",\"accountEnabled\":true,\"userType\":\"Member\"}");
        }
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"value\":[" + value + "]"
                + (nextLink == null ? "" : ",\"@odata.nextLink\":\"" + nextLink + "\"") + "}";
    }

    @Test
    void aFolderOfPagesIsReadInNumberOrderWithProgress() throws Exception {
        page("page-10.json", users(null, "last"));
        page("page-2.json", users("https://graph.microsoft.com/v1.0/users?$skiptoken=10", "second"));
        page("page-1.json", users("https://graph.microsoft.com/v1.0/users?$skiptoken=2", "first", "also-first"));
        page("notes.txt", "not a page");
        List<String> ids = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();

        GraphRead read = GraphPageFiles.read(folder, u -> ids.add(u.id()), new GraphProgress() {
            @Override
            public void read(int usersSoFar, int page) {
                pages.add(page);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        assertThat(ids).containsExactly("first", "also-first", "second", "last");
        assertThat(read).isEqualTo(new GraphRead(4, 3, 0));
        assertThat(pages).containsExactly(1, 2, 3);
    }

    @Test
    void oneSavedPageIsReadAsIs() throws Exception {
        Path file = page("users.json", users(null, "ada"));
        List<GraphUser> read = new ArrayList<>();
        GraphPageFiles.read(file, read::add, GraphProgress.NONE);
        assertThat(read).containsExactly(new GraphUser("ada", "ada", "ada@contoso.example", "", true, "Member", 1, 1));
    }

    @Test
    void aBadPageRefusesTheWholeReadNamingTheFileAndPassesNoUserOn() throws Exception {
        page("1.json", users("https://graph.microsoft.com/v1.0/users?$skiptoken=2", "ada"));
        Path error = page("2.json", FakeGraph.error("InvalidAuthenticationToken", "Access token has expired or is not yet valid."));
        List<GraphUser> passed = new ArrayList<>();

        assertThatThrownBy(() -> GraphPageFiles.read(folder, passed::add, GraphProgress.NONE)).isInstanceOf(ImportRefused.class)
                .hasMessage("2.json is a Graph error, not a page of users: InvalidAuthenticationToken: Access token has expired or is not yet valid.");
        assertThat(passed).isEmpty();

        Files.writeString(error, "<html><body>Sign in</body></html>");
        assertThatThrownBy(() -> GraphPageFiles.read(folder, passed::add, GraphProgress.NONE))
                .hasMessage("2.json is a web page (HTML), not Graph's JSON.");
        Files.writeString(error, "{\"value\": [");
        assertThatThrownBy(() -> GraphPageFiles.read(folder, passed::add, GraphProgress.NONE)).hasMessageStartingWith("2.json is not JSON (line 1): ");
        Files.writeString(error, "{\"users\": []}");
        assertThatThrownBy(() -> GraphPageFiles.read(folder, passed::add, GraphProgress.NONE))
                .hasMessage("2.json has no \"value\" list of users (is it a page as Graph returns it?).");
    }

    @Test
    void aLastPageThatNamesANextPageMeansPagesAreMissing() throws Exception {
        page("1.json", users("https://graph.microsoft.com/v1.0/users?$skiptoken=2", "ada"));

        assertThatThrownBy(() -> GraphPageFiles.read(folder, u -> { }, GraphProgress.NONE)).hasMessage("1.json names a next page (@odata.nextLink)"
                + " that is not saved: the pages are incomplete, and people on the missing pages would look gone. Save every page.");
        assertThatThrownBy(() -> GraphPageFiles.read(folder.resolve("nothing"), u -> { }, GraphProgress.NONE))
                .hasMessage(folder.resolve("nothing") + " is neither a file nor a folder of saved Graph pages.");
    }
}
