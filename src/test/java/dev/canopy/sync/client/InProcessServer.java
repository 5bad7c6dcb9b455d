package dev.canopy.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.canopy.domain.person.Role;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.sync.Change;
import dev.canopy.sync.PullResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The central server for client tests, in this JVM: a fresh in-memory H2 server database, its accounts, and
 * {@link InProcessServerApi}s for tokens. Also what a test asks the server directly: its full state for a token and
 * the stored result of a mutation.
 */
final class InProcessServer implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String url;
    private final ServerDatabase database;
    private final AccountStore accounts;
    private final TokenAuthenticator authenticator;
    private final ServerSync sync;
    private final List<InProcessServerApi> apis = new ArrayList<>();

    InProcessServer() {
        url = "jdbc:h2:mem:canopy_faults_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        database = ServerDatabase.open(url, null, null);
        accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        authenticator = new TokenAuthenticator(database.dataSource(), Clock.systemUTC());
        sync = new ServerSync(database.dataSource(), Clock.systemUTC());
    }

    /** A token for this email: the first account is the MSP admin; later ones need MSP_ADMIN or TECHNICIAN. */
    String token(String email, Role role) {
        return accounts.issue(email, role).token();
    }

    InProcessServerApi api(String token) {
        InProcessServerApi api = new InProcessServerApi(authenticator, sync, database.schemaVersion(), token);
        apis.add(api);
        return api;
    }

    /** The same server over real HTTP on a free local port, for tests that compare the two transports. */
    dev.canopy.server.ApiServer overHttp() {
        return dev.canopy.server.ApiServer.start(dev.canopy.server.ApiSettings.defaults("127.0.0.1", 0, null), authenticator, sync,
                database.schemaVersion());
    }

    /** Every server failure any api of this server answered with 500. */
    List<RuntimeException> internalErrors() {
        List<RuntimeException> all = new ArrayList<>();
        apis.forEach(api -> all.addAll(api.internalErrors()));
        return all;
    }

    /**
     * What a download from 0 gives this token, as record maps keyed "entity/id" (preferences "preference/tenant/key"),
     * live records only: what a client that synced everything should hold.
     */
    Map<String, Map<String, Object>> liveState(String token) throws ServerCallFailed {
        InProcessServerApi api = new InProcessServerApi(authenticator, sync, database.schemaVersion(), token);
        String reader = "state-reader-" + java.util.UUID.randomUUID();  // a new client id: never a scope it pulled with before
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        long since = 0;
        boolean more = true;
        while (more) {
            PullResponse page = api.pull(reader, since, 5000);
            for (Change change : page.changes()) {
                String key = key(change.entity(), change.id(), change.record());
                if (Change.UPSERT.equals(change.op())) {
                    state.put(key, change.record());
                } else {
                    state.remove(key);
                }
            }
            since = page.cursor();
            more = page.hasMore();
        }
        return state;
    }

    static String key(String entity, java.util.UUID id, Map<String, Object> record) {
        return "preference".equals(entity) && record != null ? entity + "/" + id + "/" + record.get("key") : entity + "/" + id;
    }

    /** The status the server stored for a client's mutation (APPLIED, MERGED, CONFLICT, REJECTED), if it processed it. */
    Optional<String> storedStatus(String clientId, long mutationId) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select result from sync_processed_mutation where client_id = ? and mutation_id = ?")) {
            select.setString(1, clientId);
            select.setLong(2, mutationId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                JsonNode result = HttpServerApi.JSON.readTree(rows.getString(1));
                return Optional.of(result.get("status").asText());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One number from the server's database, e.g. how many tenant rows exist. */
    long count(String sql) {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown");  // an in-memory database kept with DB_CLOSE_DELAY=-1 is freed only by this
        } catch (SQLException ignored) {
            // closing anyway
        } finally {
            database.close();
        }
    }
}
