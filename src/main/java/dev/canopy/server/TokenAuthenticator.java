package dev.canopy.server;

import dev.canopy.domain.person.Role;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Turns a bearer token into a {@link Caller}: hash it, look the hash up, compare, check it is not revoked. */
public final class TokenAuthenticator {

    public enum Outcome { OK, UNKNOWN, REVOKED }

    /** The result; caller and tokenId are set only when the outcome is OK. */
    public record Authentication(Outcome outcome, UUID tokenId, Caller caller) {
    }

    /**
     * last_used_at is written at most this often per token: a write on every request would cost more than the
     * request, and "last used" only needs to tell an idle token from a busy one.
     */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;

    public TokenAuthenticator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Authentication authenticate(String token) {
        if (!TokenSecrets.looksLikeToken(token)) {
            return new Authentication(Outcome.UNKNOWN, null, null);
        }
        String hash = TokenSecrets.hash(token);
        return Jdbc.autoCommit(dataSource, connection -> {
            UUID tokenId;
            Caller caller;
            try (PreparedStatement select = connection.prepareStatement(
                    "select t.id, t.token_hash, t.revoked_at, a.id, a.email, a.role, a.tenant_id, a.person_id, p.role, p.tenant_id, p.deleted"
                            + " from api_token t join server_account a on a.id = t.account_id"
                            + " left join person p on p.id = a.person_id where t.token_hash = ?")) {
                select.setString(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    // the lookup is by hash; the constant-time compare guards against a database that matched loosely
                    if (!rows.next() || !TokenSecrets.sameHash(hash, rows.getString(2))) {
                        return new Authentication(Outcome.UNKNOWN, null, null);
                    }
                    if (rows.getObject(3) != null) {
                        return new Authentication(Outcome.REVOKED, null, null);
                    }
                    tokenId = rows.getObject(1, UUID.class);
                    if (rows.getObject(8) == null) {
                        caller = new Caller(rows.getObject(4, UUID.class), rows.getString(5), Role.valueOf(rows.getString(6)),
                                rows.getObject(7, UUID.class));
                    } else if (rows.getString(9) == null || rows.getBoolean(11)) {
                        return new Authentication(Outcome.REVOKED, null, null);  // the person lost their role or was removed
                    } else {
                        // a token acts as its person: a role or tenant changed by sync applies at once
                        caller = new Caller(rows.getObject(4, UUID.class), rows.getString(5), Role.valueOf(rows.getString(9)),
                                rows.getObject(10, UUID.class));
                    }
                }
            }
            Instant now = clock.instant();
            // conditional, so concurrent requests (in any process) write it once per granularity period
            try (PreparedStatement touch = connection.prepareStatement(
                    "update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")) {
                touch.setObject(1, Jdbc.timestamp(now));
                touch.setObject(2, tokenId);
                touch.setObject(3, Jdbc.timestamp(now.minus(LAST_USED_GRANULARITY)));
                touch.executeUpdate();
            }
            return new Authentication(Outcome.OK, tokenId, caller);
        });
    }
}
