package dev.canopy.imports.entra;

import com.microsoft.aad.msal4j.DeviceCode;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;

import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Signs the technician in to Entra ID with Microsoft's device-code flow (MSAL for Java) and returns an access token
 * for Microsoft Graph: MSAL asks for a code, {@link Prompt} says where to enter it, and the call waits (cancellably)
 * while the technician signs in on any browser. The client id is the technician's own app registration (a public
 * client with "Allow public client flows" on); there is no default. The token is returned, never logged, and MSAL's
 * token cache stays in memory with the one application built per sign-in — nothing is written to disk.
 */
public final class DeviceCodeSignIn {

    /** Microsoft's sign-in service; the authority is this plus the directory. */
    public static final String AUTHORITY_HOST = "https://login.microsoftonline.com/";

    /** Every user's properties (accountEnabled, userType need more than User.ReadBasic.All) and groups' members. */
    public static final Set<String> SCOPES = Set.of("https://graph.microsoft.com/User.Read.All",
            "https://graph.microsoft.com/GroupMember.Read.All");

    /** Any work or school account's home directory, when no directory is given. */
    public static final String ANY_DIRECTORY = "organizations";

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final long CANCEL_POLL_MILLIS = 200;

    /** What the technician does: open {@code url}, enter {@code code}; {@code message} is Microsoft's sentence. */
    public record Prompt(String url, String code, String message, Duration expiresIn) {
    }

    private final IHttpClient transport;

    /** Signs in over MSAL's own HTTPS client. */
    public DeviceCodeSignIn() {
        this(null);
    }

    /** @param transport MSAL's HTTP calls go through this (null: MSAL's own client); tests route them to loopback */
    public DeviceCodeSignIn(IHttpClient transport) {
        this.transport = transport;
    }

    /**
     * Signs in and returns the access token.
     *
     * @param clientId  the app registration's application (client) id
     * @param directory the directory (tenant) id or a verified domain; blank for {@value #ANY_DIRECTORY}
     * @param shown     gets the code to enter, once, from MSAL's thread
     * @param cancelled polled while waiting; true ends the wait with {@link CancellationException}
     * @throws IllegalArgumentException a client id or directory that cannot be one (nothing was sent)
     */
    public String signIn(String clientId, String directory, Consumer<Prompt> shown, BooleanSupplier cancelled) throws SignInFailed {
        String client = checkedClientId(clientId);
        String authority = AUTHORITY_HOST + checkedDirectory(directory) + "/";
        // one thread of our own, so a cancel can interrupt MSAL's wait between polls instead of letting it sleep on
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "entra-sign-in");
            t.setDaemon(true);
            return t;
        });
        try {
            PublicClientApplication.Builder builder = PublicClientApplication.builder(client).authority(authority)
                    .executorService(thread).logPii(false);
            if (transport != null) {
                builder.httpClient(transport);
            }
            PublicClientApplication app = builder.build();
            CompletableFuture<IAuthenticationResult> result = app.acquireToken(DeviceCodeFlowParameters
                    .builder(SCOPES, code -> shown.accept(promptOf(code))).build());
            return waitFor(result, cancelled).accessToken();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("directory: not usable in a sign-in address: " + directory);
        } finally {
            thread.shutdownNow();
        }
    }

    private static IAuthenticationResult waitFor(CompletableFuture<IAuthenticationResult> result, BooleanSupplier cancelled) throws SignInFailed {
        while (true) {
            if (cancelled.getAsBoolean()) {
                result.cancel(true);  // MSAL checks this between polls and stops asking for the token
                throw new CancellationException("sign-in cancelled");
            }
            try {
                return result.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                // the technician has not finished signing in yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.cancel(true);
                throw new CancellationException("sign-in interrupted");
            } catch (ExecutionException e) {
                throw new SignInFailed(SignInMessages.of(e.getCause()));
            }
        }
    }

    private static Prompt promptOf(DeviceCode code) {
        return new Prompt(code.verificationUri(), code.userCode(), code.message(), Duration.ofSeconds(code.expiresIn()));
    }

    static String checkedClientId(String clientId) {
        String c = clientId == null ? "" : clientId.strip();
        if (c.isEmpty()) {
            throw new IllegalArgumentException("client id: give the application (client) id of your Entra app registration");
        }
        if (!GUID.matcher(c).matches()) {
            throw new IllegalArgumentException("client id: \"" + c + "\" is not an application id (like 00000000-0000-0000-0000-000000000000)");
        }
        return c;
    }

    static String checkedDirectory(String directory) {
        String d = directory == null ? "" : directory.strip();
        if (d.isEmpty()) {
            return ANY_DIRECTORY;
        }
        if (!GUID.matcher(d).matches() && !DOMAIN.matcher(d).matches()) {
            throw new IllegalArgumentException("directory: \"" + d + "\" is neither a directory id nor a domain (like contoso.onmicrosoft.com)");
        }
        return d;
    }

    /** MSAL's failures in words a technician can act on. */
    static final class SignInMessages {

        private SignInMessages() {
        }

        static String of(Throwable failure) {
            if (failure instanceof MsalException e) {
                String code = e.errorCode() == null ? "" : e.errorCode();
                return switch (code) {
                    case "expired_token", "code_expired" -> "The sign-in code expired before sign-in finished: sign in again.";
                    case "access_denied", "authorization_declined" -> "Sign-in was declined: nothing was imported. Sign in again to allow it.";
                    case "invalid_client", "unauthorized_client" -> "Entra ID refused the app registration: " + firstSentence(e.getMessage())
                            + " (check the client id and that \"Allow public client flows\" is on).";
                    default -> (e instanceof MsalServiceException ? "Entra ID refused the sign-in: " : "Sign-in failed: ")
                            + firstSentence(e.getMessage()) + (code.isEmpty() ? "" : " (" + code + ")");
                };
            }
            return "Sign-in failed: " + (failure == null || failure.getMessage() == null ? "no answer from " + AUTHORITY_HOST
                    : firstSentence(failure.getMessage()));
        }

        /** AADSTS messages go on with trace and correlation ids and timestamps: the first sentence says what went wrong. */
        private static String firstSentence(String message) {
            if (message == null || message.isBlank()) {
                return "no reason given";
            }
            String line = message.strip().lines().findFirst().orElse("");
            int traceAt = line.indexOf(" Trace ID");
            return traceAt > 0 ? line.substring(0, traceAt).strip() : line;
        }
    }
}
