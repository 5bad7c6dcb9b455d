package dev.canopy.imports.entra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Graph client against {@link FakeGraph} on loopback: paging, throttling, every failure's message, cancel. */
class GraphClientTest {

    private final FakeGraph graph = new FakeGraph();
    private final List<Long> waits = new ArrayList<>();
    private final GraphWait recordingWait = (millis, progress) -> waits.add(millis);
    private final List<String> progress = new ArrayList<>();
    private final GraphProgress watching = new GraphProgress() {
        @Override
        public void read(int usersSoFar, int page) {
            progress.add(usersSoFar + " users after page " + page);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @AfterEach
    void stop() {
        graph.close();
    }

    private GraphClient client(String token) {
        return GraphClient.connect(graph.url(), token, recordingWait);
    }

    private List<GraphUser> users(GraphClient client) throws Exception {
        List<GraphUser> users = new ArrayList<>();
        client.users(users::add, watching);
        return users;
    }

    @Test
    void everyPageIsReadByFollowingNextLinkWithTheTokenAndProgressAfterEachPage() throws Exception {
        List<GraphUser> users = users(client(FakeGraph.TOKEN));

        assertThat(users).extracting(GraphUser::id).containsExactly("id-ada", "id-ben", "id-gus", "id-cy", "id-dee");
        assertThat(users.get(1).enabled()).as("Ben's account is disabled").isFalse();
        assertThat(users.get(2).guest()).isTrue();
        assertThat(users.get(3).address()).as("no mail: the sign-in name").isEqualTo("cy@contoso.example");
        assertThat(users.get(4).where()).isEqualTo("page 3, user 2 (dee@contoso.example)");
        assertThat(progress).containsExactly("2 users after page 1", "3 users after page 2", "5 users after page 3");
        assertThat(graph.requests).hasSize(3).allMatch(r -> r.startsWith("/v1.0/users?$select=id,displayName,mail,userPrincipalName,accountEnabled,userType"));
        assertThat(graph.authorizations).containsOnly("Bearer " + FakeGraph.TOKEN);
    }

    @Test
    void aThrottledRequestWaitsRetryAfterThenGoesOn() throws Exception {
        graph.then(FakeGraph.throttled(429, "1"));

        assertThat(users(client(FakeGraph.TOKEN))).hasSize(5);
        assertThat(waits).containsExactly(1000L);
        assertThat(graph.requests).hasSize(4);
    }

    @Test
    void theRealWaitTakesTheSecondsRetryAfterAsks() throws Exception {
        graph.then(FakeGraph.throttled(503, "1"));
        long started = System.nanoTime();

        GraphRead read = GraphClient.connect(graph.url(), FakeGraph.TOKEN, GraphWait.SLEEPING).users(u -> { }, GraphProgress.NONE);

        assertThat(read).isEqualTo(new GraphRead(5, 3, 0));
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void throttlingThatDoesNotEndStopsAfterFiveAttemptsAndALongRetryAfterIsNotWaitedOut() {
        for (int i = 0; i < GraphClient.MAX_ATTEMPTS; i++) {
            graph.then(FakeGraph.throttled(429, null));
        }
        assertThatThrownBy(() -> users(client(FakeGraph.TOKEN))).isInstanceOf(GraphCallFailed.class)
                .hasMessage("GET /v1.0/users: Graph is still throttling (HTTP 429) after 5 attempts; try again in a few minutes.");
        assertThat(waits).as("backing off without Retry-After").containsExactly(1000L, 2000L, 4000L, 8000L);
        assertThat(graph.requests).hasSize(5);

        graph.then(FakeGraph.throttled(429, "3600"));
        assertThatThrownBy(() -> users(client(FakeGraph.TOKEN)))
                .hasMessage("GET /v1.0/users: Graph asks to wait 3600 s before trying again (HTTP 429); try again later.");
    }

    @Test
    void aGraphErrorNamesTheRequestAndWhatGraphSaid() {
        graph.then(FakeGraph.page("{\"value\":[{\"id\":\"id-ada\",\"displayName\":\"Ada\"}],\"@odata.nextLink\":\"" + graph.url()
                + "/v1.0/users?$skiptoken=1\"}"), FakeGraph.graphError(500, "InternalServerError", "Something went wrong."));

        GraphCallFailed failed = catchThrowableOfType(() -> users(client(FakeGraph.TOKEN)), GraphCallFailed.class);

        assertThat(failed).hasMessage("GET /v1.0/users (page 2) failed with HTTP 500 (Graph said: InternalServerError: Something went wrong.).");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.code()).isEqualTo("InternalServerError");
    }

    @Test
    void anExpiredOrWrongTokenSaysToGetANewOneAndNeverShowsTheToken() {
        graph.then(FakeGraph.graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired."));

        assertThatThrownBy(() -> users(client(FakeGraph.TOKEN))).hasMessage("GET /v1.0/users: the Graph token has expired or is not valid;"
                + " get a new one (Graph said: InvalidAuthenticationToken: Lifetime validation failed, the token is expired.).");
        assertThatThrownBy(() -> users(client("not-the-token"))).hasMessageStartingWith("GET /v1.0/users: the Graph token has expired or is not valid; get a new one")
                .hasMessageNotContaining("not-the-token");
    }

    @Test
    void aWebPageInsteadOfJsonIsRefusedClearly() {
        graph.then(FakeGraph.html(200));
        assertThatThrownBy(() -> users(client(FakeGraph.TOKEN)))
                .hasMessage("GET /v1.0/users answered with a page that is a web page (HTML), not Graph's JSON.");

        graph.then(FakeGraph.html(502));
        assertThatThrownBy(() -> users(client(FakeGraph.TOKEN))).hasMessage("GET /v1.0/users answered HTTP 502 with a web page (HTML)"
                + " (is the Graph address right? a proxy or sign-in page may be in the way).");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowedSoTheTokenStaysWithGraph() {
        graph.then(FakeGraph.page("{\"value\":[],\"@odata.nextLink\":\"https://collector.example/v1.0/users?$skiptoken=1\"}"));

        assertThatThrownBy(() -> users(client(FakeGraph.TOKEN))).hasMessage("GET /v1.0/users: Graph's @odata.nextLink points to another host"
                + " (collector.example); the token is only sent to 127.0.0.1.");
        assertThat(graph.requests).hasSize(1);
    }

    @Test
    void aCancelDuringAThrottlingWaitEndsTheReadAtOnce() {
        graph.then(FakeGraph.throttled(429, "60"));
        AtomicBoolean cancelled = new AtomicBoolean();
        GraphProgress cancelling = new GraphProgress() {
            @Override
            public void read(int usersSoFar, int page) {
            }

            @Override
            public boolean isCancelled() {
                boolean now = cancelled.get();
                cancelled.set(true);  // the technician presses cancel once the first request went out
                return now;
            }
        };
        long started = System.nanoTime();

        assertThatThrownBy(() -> GraphClient.connect(graph.url(), FakeGraph.TOKEN, GraphWait.SLEEPING).users(u -> { }, cancelling))
                .isInstanceOf(GraphCancelled.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
    }

    @Test
    void aGroupIsFoundByNameOrIdAndOnlyItsUserMembersAreRead() throws Exception {
        GraphClient client = client(FakeGraph.TOKEN);
        GraphGroup staff = client.group("staff", GraphProgress.NONE);
        assertThat(staff).isEqualTo(new GraphGroup("00000000-0000-4000-8000-000000000001", "Staff"));
        assertThat(client.group("00000000-0000-4000-8000-000000000001", GraphProgress.NONE)).isEqualTo(staff);

        List<GraphUser> members = new ArrayList<>();
        assertThat(client.members(staff, members::add, GraphProgress.NONE)).isEqualTo(new GraphRead(1, 1, 1));
        assertThat(members).extracting(GraphUser::id).containsExactly("id-ada");

        assertThatThrownBy(() -> client.group("Nobody's Group", GraphProgress.NONE)).hasMessage("Graph has no group named \"Nobody's Group\".");
        assertThatThrownBy(() -> client.group("Twins", GraphProgress.NONE)).hasMessage("2 groups are named \"Twins\"; give one's object id"
                + " with --group: 00000000-0000-4000-8000-000000000002, 00000000-0000-4000-8000-000000000003.");
        assertThatThrownBy(() -> client.members(new GraphGroup("00000000-0000-4000-8000-00000000000f", "Gone"), u -> { }, GraphProgress.NONE))
                .hasMessage("GET /v1.0/groups/00000000-0000-4000-8000-00000000000f/members (Gone): Graph has no such object"
                        + " (Graph said: Request_ResourceNotFound: Resource '00000000-0000-4000-8000-00000000000f' does not exist.).");
    }

    @Test
    void theGraphAddressMustBeHttpsExceptOnThisMachine() {
        assertThat(GraphClient.address(null).toString()).isEqualTo("https://graph.microsoft.com");
        assertThat(GraphClient.address("https://graph.microsoft.us/v1.0/").toString()).isEqualTo("https://graph.microsoft.us");
        assertThatThrownBy(() -> GraphClient.address("http://graph.example.com"))
                .hasMessage("the Graph address \"http://graph.example.com\" is plain http: the token would travel unencrypted; use https://");
        assertThatThrownBy(() -> GraphClient.address("graph.microsoft.com"))
                .hasMessage("the Graph address \"graph.microsoft.com\" must be an https:// URL such as https://graph.microsoft.com");
        assertThatThrownBy(() -> GraphClient.connect(null, " ", recordingWait))
                .hasMessage("a Graph token is needed (set CANOPY_GRAPH_TOKEN, or read saved pages with --pages)");
    }

    @Test
    void aTokenWithAControlCharacterOrSpaceIsRefusedWithoutQuotingIt() {
        for (String pasted : List.of("eyJ0eXAi\u0001secret-part", "eyJ0eXAi secret-part", "eyJ0eXAi\u00e9secret-part")) {
            assertThatThrownBy(() -> GraphClient.connect(graph.url(), pasted, recordingWait))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the Graph token holds a space or a character a token cannot have; copy only the access token itself")
                    .hasMessageNotContaining("secret-part");
        }
        assertThat(graph.requests).as("nothing was sent").isEmpty();
    }
}
