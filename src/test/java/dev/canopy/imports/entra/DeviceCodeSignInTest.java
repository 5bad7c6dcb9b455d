package dev.canopy.imports.entra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MSAL for Java's real device-code flow against Microsoft's sign-in service faked on loopback. */
@Timeout(30)
class DeviceCodeSignInTest {

    private final FakeAuthority authority = new FakeAuthority();
    private final List<DeviceCodeSignIn.Prompt> prompts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        authority.close();
        assertThat(authority.refusedHosts).as("hosts other than the sign-in service").isEmpty();
    }

    private String signIn() throws SignInFailed {
        return new DeviceCodeSignIn(authority.transport()).signIn(FakeAuthority.CLIENT_ID, FakeAuthority.DIRECTORY, prompts::add, () -> false);
    }

    @Test
    void shows_the_code_then_returns_the_token_once_the_technician_has_signed_in() throws Exception {
        authority.answers("authorization_pending", "token");

        String accessToken = signIn();

        assertThat(accessToken).isEqualTo(FakeAuthority.ACCESS_TOKEN);
        assertThat(prompts).singleElement().satisfies(p -> {
            assertThat(p.url()).isEqualTo(FakeAuthority.VERIFICATION_URL);
            assertThat(p.code()).isEqualTo(FakeAuthority.USER_CODE);
            assertThat(p.message()).contains(FakeAuthority.USER_CODE);
            assertThat(p.expiresIn()).hasMinutes(15);
        });
        String devicecode = "POST /" + FakeAuthority.DIRECTORY + "/oauth2/v2.0/devicecode";
        String token = "POST /" + FakeAuthority.DIRECTORY + "/oauth2/v2.0/token";
        // MSAL's own sequence, with the app's settings: instance discovery (msal4j keeps its answer for the whole JVM, so
        // only the first sign-in of a test run asks), the code, then polling until signed in
        assertThat(authority.requests.stream().filter(r -> !r.equals("GET /common/discovery/instance")))
                .containsExactly(devicecode, token, token);
        assertThat(authority.requests.indexOf(devicecode)).as("discovery, if asked, comes first").isLessThanOrEqualTo(1);
        String asked = authority.bodies.get(authority.requests.indexOf(devicecode));
        assertThat(asked).contains("client_id=" + FakeAuthority.CLIENT_ID).contains("User.Read.All").contains("GroupMember.Read.All");
    }

    @Test
    void an_expired_code_says_to_sign_in_again() {
        authority.answers("authorization_pending", "expired_token");

        assertThatThrownBy(this::signIn).isInstanceOf(SignInFailed.class)
                .hasMessage("The sign-in code expired before sign-in finished: sign in again.");
    }

    @Test
    void a_declined_sign_in_says_so() {
        authority.answers("access_denied");

        assertThatThrownBy(this::signIn).isInstanceOf(SignInFailed.class).hasMessageStartingWith("Sign-in was declined");
    }

    @Test
    void an_app_registration_without_public_client_flows_is_named_without_trace_ids() {
        authority.answers("invalid_client");

        assertThatThrownBy(this::signIn).isInstanceOf(SignInFailed.class)
                .hasMessageContaining("Entra ID refused the app registration: AADSTS7000218")
                .hasMessageContaining("Allow public client flows").hasMessageNotContaining("Trace ID");
    }

    @Test
    void cancel_ends_the_wait_and_the_polling() throws Exception {
        authority.interval(1);  // answers pending for ever
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            while (prompts.isEmpty()) {
                Thread.onSpinWait();
            }
            cancelled.set(true);
        });
        canceller.start();

        long started = System.nanoTime();
        assertThatThrownBy(() -> new DeviceCodeSignIn(authority.transport())
                .signIn(FakeAuthority.CLIENT_ID, FakeAuthority.DIRECTORY, prompts::add, cancelled::get))
                .isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        long polls = authority.tokenRequests();
        Thread.sleep(2_500);
        assertThat(authority.tokenRequests()).as("MSAL stopped polling").isLessThanOrEqualTo(polls + 1);
    }

    @Test
    void a_bad_client_id_or_directory_is_refused_before_anything_is_sent() {
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(authority.transport());
        assertThatThrownBy(() -> signIn.signIn(" ", FakeAuthority.DIRECTORY, prompts::add, () -> false))
                .hasMessageStartingWith("client id: give the application (client) id");
        assertThatThrownBy(() -> signIn.signIn("my-app", FakeAuthority.DIRECTORY, prompts::add, () -> false))
                .hasMessageContaining("\"my-app\" is not an application id");
        assertThatThrownBy(() -> signIn.signIn(FakeAuthority.CLIENT_ID, "contoso/../x", prompts::add, () -> false))
                .hasMessageContaining("\"contoso/../x\" is neither a directory id nor a domain");
        assertThat(authority.requests).isEmpty();
    }
}
