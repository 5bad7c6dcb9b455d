package dev.canopy.server;

import dev.canopy.MutableClock;
import dev.canopy.domain.person.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and tokens, with the same test bodies on H2 and on a real PostgreSQL. */
class AccountStoreTest extends ServerDatabaseFixture {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00.123456789Z"));

    private AccountStore store(String kind) {
        fresh(kind);
        return new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), clock);
    }

    private TokenAuthenticator authenticator() {
        return new TokenAuthenticator(database.dataSource(), clock);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void migrationsRunAndReportTheSchemaVersion(String kind) {
        store(kind);
        assertThat(database.schemaVersion()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theFirstAccountIsTheMspAdminAndLaterOnesNeedARole(String kind) {
        AccountStore store = store(kind);
        IssuedToken first = store.issue("  Admin@Example.com ", null);
        assertThat(first.role()).isEqualTo(Role.MSP_ADMIN);
        assertThat(first.email()).isEqualTo("admin@example.com");
        assertThat(first.newAccount()).isTrue();

        assertThatThrownBy(() -> store.issue("tech@example.com", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tech@example.com has no account on this server; add --role TECHNICIAN or --role MSP_ADMIN to create one");
        assertThatThrownBy(() -> store.issue("user@example.com", Role.TENANT_USER))
                .hasMessageContaining("--role TENANT_USER belongs to a tenant");
        IssuedToken tech = store.issue("tech@example.com", Role.TECHNICIAN);
        assertThat(tech.role()).isEqualTo(Role.TECHNICIAN);

        IssuedToken again = store.issue("admin@example.com", null);
        assertThat(again.accountId()).isEqualTo(first.accountId());
        assertThat(again.newAccount()).isFalse();
        assertThat(again.token()).isNotEqualTo(first.token());
        assertThatThrownBy(() -> store.issue("admin@example.com", Role.TECHNICIAN))
                .hasMessageContaining("already has an account as MSP_ADMIN");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void badEmailsAreRefusedWithTheValue(String kind) {
        AccountStore store = store(kind);
        assertThatThrownBy(() -> store.issue("not-an-address", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--email must be an email address like name@example.com, got not-an-address");
        assertThat(store.list()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void onlyTheTokensHashIsStored(String kind) throws SQLException {
        AccountStore store = store(kind);
        IssuedToken issued = store.issue("admin@example.com", null);
        assertThat(issued.token()).startsWith("cnp_").hasSize(47);
        assertThat(issued.toString()).doesNotContain(issued.token());

        List<String> everyValue = everyValueOf("api_token");
        assertThat(everyValue).contains(TokenSecrets.hash(issued.token()));
        assertThat(everyValue).noneMatch(v -> v.contains(issued.token()) || v.contains(issued.token().substring(4)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aTokenAuthenticatesItsPersonUntilRevoked(String kind) {
        AccountStore store = store(kind);
        IssuedToken issued = store.issue("admin@example.com", null);
        TokenAuthenticator authenticator = authenticator();

        TokenAuthenticator.Authentication ok = authenticator.authenticate(issued.token());
        assertThat(ok.outcome()).isEqualTo(TokenAuthenticator.Outcome.OK);
        assertThat(ok.tokenId()).isEqualTo(issued.tokenId());
        assertThat(ok.caller()).isEqualTo(new Caller(issued.accountId(), "admin@example.com", Role.MSP_ADMIN, null));

        String wrong = issued.token().substring(0, 46) + (issued.token().endsWith("A") ? "B" : "A");
        assertThat(authenticator.authenticate(wrong).outcome()).isEqualTo(TokenAuthenticator.Outcome.UNKNOWN);
        assertThat(authenticator.authenticate("hello").outcome()).isEqualTo(TokenAuthenticator.Outcome.UNKNOWN);

        clock.advance(Duration.ofMinutes(5));
        TokenInfo revoked = store.revoke(issued.tokenId());
        assertThat(revoked.revoked()).isEqualTo(Instant.parse("2025-03-01T09:05:00.123456Z"));
        assertThat(authenticator.authenticate(issued.token()).outcome()).isEqualTo(TokenAuthenticator.Outcome.REVOKED);

        clock.advance(Duration.ofMinutes(5));
        assertThat(store.revoke(issued.tokenId()).revoked()).as("revoking again keeps the first time")
                .isEqualTo(revoked.revoked());
        assertThatThrownBy(() -> store.revoke(java.util.UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no token with id ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void listShowsEachTokenWithItsPersonAndLastUse(String kind) {
        AccountStore store = store(kind);
        IssuedToken admin = store.issue("admin@example.com", null);
        clock.advance(Duration.ofSeconds(1));
        IssuedToken tech = store.issue("tech@example.com", Role.TECHNICIAN);
        clock.advance(Duration.ofSeconds(1));
        authenticator().authenticate(tech.token());
        Instant firstUse = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        authenticator().authenticate(tech.token());  // within a minute: last used is not rewritten

        List<TokenInfo> tokens = store.list();
        assertThat(tokens).extracting(TokenInfo::id).containsExactly(admin.tokenId(), tech.tokenId());
        assertThat(tokens).extracting(TokenInfo::email).containsExactly("admin@example.com", "tech@example.com");
        assertThat(tokens.get(0).lastUsed()).isNull();
        assertThat(tokens.get(1).lastUsed()).isEqualTo(firstUse.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(tokens).allMatch(t -> t.revoked() == null);
    }

    /** Several `token create` at once on an empty server (several processes, one PostgreSQL): one admin, not four. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentFirstAccountsMakeExactlyOneAdmin(String kind) throws Exception {
        AccountStore store = store(kind);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IssuedToken>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String email = "admin" + i + "@example.com";
                results.add(pool.submit((Callable<IssuedToken>) () -> store.issue(email, null)));
            }
            int admins = 0;
            for (Future<IssuedToken> result : results) {
                try {
                    assertThat(result.get().role()).isEqualTo(Role.MSP_ADMIN);
                    admins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no account");
                }
            }
            assertThat(admins).isEqualTo(1);
            assertThat(store.list()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> everyValueOf(String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
            }
        }
        return values;
    }
}
