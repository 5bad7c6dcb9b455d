package dev.canopy.server;

import dev.canopy.sync.Health;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinException;

/**
 * The HTTP/JSON API under {@code /api/v1} (Javalin on Jetty). It holds no state of its own beyond the per-token rate
 * limiter: every request is answered from the database through the {@link TokenAuthenticator} and the
 * {@link SyncService}, so any number of processes can serve one PostgreSQL.
 */
public final class ApiServer implements AutoCloseable {

    static final String HEALTH = "/api/v1/health";
    static final String PUSH = "/api/v1/sync/push";
    static final String PULL = "/api/v1/sync/pull";
    static final String PUBLISH = "/api/v1/sync/publish";
    static final String IDENTITY = "/api/v1/me";

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    public static ApiServer start(ApiSettings settings, TokenAuthenticator authenticator, SyncService sync,
                                  int schemaVersion) {
        if (settings.tls() != null) {
            TlsConnector.check(settings.tls());
        }
        Health health = Health.ok(schemaVersion);
        BearerAuth auth = new BearerAuth(authenticator, new TokenRateLimiter(settings.requestsPerPeriod(), settings.period()));
        SyncRoutes syncRoutes = new SyncRoutes(sync, settings.maxBodyBytes());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(ProtocolJson.MAPPER, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            // a known path with the wrong method is 405 with Allow, so a client can tell a typo from a wrong verb
            config.http.prefer405over404 = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            if (settings.tls() != null) {
                config.jetty.addConnector((server, http) -> TlsConnector.create(server, http, settings));
            }
            config.requestLogger.http(RequestLog::log);
            ErrorResponses.register(config.routes, settings.maxBodyBytes());
            config.routes.beforeMatched(auth);
            config.routes.get(HEALTH, ctx -> ctx.json(health));
            config.routes.post(PUSH, syncRoutes::push, BearerAuth.Access.TOKEN);
            config.routes.get(PULL, syncRoutes::pull, BearerAuth.Access.TOKEN);
            config.routes.post(PUBLISH, syncRoutes::publish, BearerAuth.Access.TOKEN);
            config.routes.get(IDENTITY, syncRoutes::identity, BearerAuth.Access.TOKEN);
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new ServerStartException("cannot listen on port " + settings.port() + ": it is in use or needs"
                    + " privileges", e);
        } catch (JavalinException e) {
            throw new ServerStartException("the HTTP server did not start: " + e.getMessage(), e);
        }
        return new ApiServer(app);
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
