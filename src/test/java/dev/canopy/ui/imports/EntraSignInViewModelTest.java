package dev.canopy.ui.imports;

import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.FakeAuthority;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.imports.EntraSignInViewModel.State;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** "Sign in…" without a window: MSAL's device-code flow against the loopback sign-in service, run on the calling thread. */
@Timeout(30)
class EntraSignInViewModelTest {

    private final FakeAuthority authority = new FakeAuthority();
    private final StringProperty token = new SimpleStringProperty("");
    private final EntraSignInViewModel model = new EntraSignInViewModel(new ImmediateTaskExecutor(),
            () -> new DeviceCodeSignIn(authority.transport()), token);

    @AfterEach
    void stop() {
        authority.close();
        assertThat(authority.refusedHosts).isEmpty();
    }

    @Test
    void signing_in_fills_in_the_token_and_says_so() {
        authority.answers("authorization_pending", "token");
        model.clientIdProperty().set(FakeAuthority.CLIENT_ID);
        model.directoryProperty().set(FakeAuthority.DIRECTORY);

        model.signIn();

        assertThat(token.get()).isEqualTo(FakeAuthority.ACCESS_TOKEN);
        assertThat(model.stateProperty().get()).isEqualTo(State.SIGNED_IN);
        assertThat(model.progressProperty().get()).startsWith("Signed in: the access token is filled in");
        assertThat(model.codeProperty().get()).as("the code is gone once used").isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.canSignInProperty().get()).as("can sign in again").isTrue();
    }

    @Test
    void sign_in_needs_the_client_id() {
        assertThat(model.canSignInProperty().get()).isFalse();
        model.signIn();
        assertThat(authority.requests).isEmpty();

        model.clientIdProperty().set("not-a-guid");
        model.signIn();

        assertThat(model.errorProperty().get()).contains("\"not-a-guid\" is not an application id");
        assertThat(model.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(authority.requests).isEmpty();
    }

    @Test
    void a_declined_sign_in_leaves_the_token_as_it_was_and_says_why() {
        token.set("pasted-before");
        authority.answers("access_denied");
        model.clientIdProperty().set(FakeAuthority.CLIENT_ID);

        model.signIn();

        assertThat(token.get()).isEqualTo("pasted-before");
        assertThat(model.errorProperty().get()).startsWith("Sign-in was declined");
        assertThat(model.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(authority.requests).contains("POST /organizations/oauth2/v2.0/devicecode");
    }
}
