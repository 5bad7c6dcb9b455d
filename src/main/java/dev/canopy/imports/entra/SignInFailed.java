package dev.canopy.imports.entra;

/**
 * A device-code sign-in that gave no token: the code expired, the technician declined, the app registration refused
 * the flow, or the sign-in service could not be reached. The message says which in words (never a token).
 */
public final class SignInFailed extends Exception {

    SignInFailed(String message) {
        super(message);
    }
}
