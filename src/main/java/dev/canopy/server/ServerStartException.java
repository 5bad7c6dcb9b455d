package dev.canopy.server;

/**
 * The server cannot start (database unreachable, keystore unreadable, port taken): the command line prints the
 * message as one line and exits 1; the cause goes to the log.
 */
public final class ServerStartException extends RuntimeException {

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
