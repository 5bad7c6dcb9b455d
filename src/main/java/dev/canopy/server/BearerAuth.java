package dev.canopy.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * Runs before every route marked {@link Access#TOKEN}: reads {@code Authorization: Bearer <token>}, puts the
 * {@link Caller} on the request, and takes a permit from the token's rate limiter. The reasons never repeat the
 * token.
 */
final class BearerAuth implements Handler {

    /** Which routes need a token; health does not, so a client can check a server before it has one. */
    enum Access implements RouteRole { TOKEN }

    static final String CALLER = "canopy.caller";
    private static final String SCHEME = "Bearer ";

    private final TokenAuthenticator authenticator;
    private final TokenRateLimiter limiter;

    BearerAuth(TokenAuthenticator authenticator, TokenRateLimiter limiter) {
        this.authenticator = authenticator;
        this.limiter = limiter;
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.routeRoles().contains(Access.TOKEN)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized("this route needs a token: send Authorization: Bearer <token>"
                    + " (canopy server token create makes one)");
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw ApiException.unauthorized("the Authorization header must be 'Bearer <token>'");
        }
        TokenAuthenticator.Authentication authentication = authenticator.authenticate(header.substring(SCHEME.length()).strip());
        switch (authentication.outcome()) {
            case UNKNOWN -> throw ApiException.unauthorized("this token is not known to this server");
            case REVOKED -> throw ApiException.unauthorized("this token has been revoked; ask for a new one");
            case OK -> {
                ctx.attribute(CALLER, authentication.caller());
                limiter.acquire(authentication.tokenId());
            }
        }
    }

    /** The authenticated caller; only on routes marked {@link Access#TOKEN}. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads the caller but is not marked TOKEN");
        }
        return caller;
    }
}
