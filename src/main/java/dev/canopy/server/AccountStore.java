package dev.canopy.server;

import dev.canopy.domain.person.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Accounts and their API tokens ({@code server_account}, {@code api_token}) for the {@code canopy server token}
 * commands. A token's secret is returned once by {@link #issue} and only its SHA-256 is stored.
 */
public final class AccountStore {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int EMAIL_MAX = 254;

    private final DataSource dataSource;
    private final TokenSecrets secrets;
    private final Clock clock;

    public AccountStore(DataSource dataSource, TokenSecrets secrets, Clock clock) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * A new token for the account with this email. On a server with no accounts the email becomes the first
     * MSP_ADMIN. Later, an email without an account needs a role: MSP_ADMIN or TECHNICIAN, the MSP-wide roles that
     * need no tenant (tenant roles come with synced people). Bad input throws IllegalArgumentException with the reason.
     */
    public IssuedToken issue(String rawEmail, Role requestedRole) {
        String email = normaliseEmail(rawEmail);
        String token = secrets.newToken();
        return Jdbc.transaction(dataSource, connection -> {
            // token creates are rare: taking the lock first makes every check below see the other writers' accounts
            Jdbc.lock(connection, "accounts");
            Optional<Account> existing = findAccount(connection, email);
            Account account;
            if (existing.isPresent()) {
                account = existing.get();
                if (requestedRole != null && requestedRole != account.role()) {
                    throw new IllegalArgumentException(email + " already has an account as " + account.role()
                            + "; token create does not change roles");
                }
            } else {
                Optional<PersonWithRole> person = requestedRole == null ? personWithRole(connection, email) : Optional.empty();
                account = person.isPresent()
                        ? new Account(UUID.randomUUID(), email, person.get().role())
                        : new Account(UUID.randomUUID(), email, roleForNewAccount(connection, email, requestedRole));
                insertAccount(connection, account, person.orElse(null));
            }
            UUID tokenId = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into api_token (id, account_id, token_hash, created_at) values (?, ?, ?, ?)")) {
                insert.setObject(1, tokenId);
                insert.setObject(2, account.id());
                insert.setString(3, TokenSecrets.hash(token));
                insert.setObject(4, Jdbc.timestamp(clock.instant()));
                insert.executeUpdate();
            }
            return new IssuedToken(tokenId, account.id(), email, account.role(), existing.isEmpty(), token);
        });
    }

    /** Every token, oldest first. */
    public List<TokenInfo> list() {
        return Jdbc.autoCommit(dataSource, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select t.id, a.email, t.created_at, t.last_used_at, t.revoked_at from api_token t"
                            + " join server_account a on a.id = t.account_id order by t.created_at, t.id");
                 ResultSet rows = select.executeQuery()) {
                List<TokenInfo> tokens = new ArrayList<>();
                while (rows.next()) {
                    tokens.add(tokenInfo(rows));
                }
                return tokens;
            }
        });
    }

    /**
     * Revokes the token; revoking it again keeps the first revocation time. An unknown id throws
     * IllegalArgumentException.
     */
    public TokenInfo revoke(UUID tokenId) {
        return Jdbc.transaction(dataSource, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update api_token set revoked_at = ? where id = ? and revoked_at is null")) {
                update.setObject(1, Jdbc.timestamp(clock.instant()));
                update.setObject(2, tokenId);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select t.id, a.email, t.created_at, t.last_used_at, t.revoked_at from api_token t"
                            + " join server_account a on a.id = t.account_id where t.id = ?")) {
                select.setObject(1, tokenId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalArgumentException("no token with id " + tokenId + " (see token list)");
                    }
                    return tokenInfo(rows);
                }
            }
        });
    }

    static String normaliseEmail(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new IllegalArgumentException("--email is required");
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("--email must be an email address like name@example.com, got " + raw.strip());
        }
        return email;
    }

    private static Role roleForNewAccount(Connection connection, String email, Role requested) throws SQLException {
        boolean firstAccount;
        try (PreparedStatement count = connection.prepareStatement("select count(*) from server_account");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            firstAccount = rows.getLong(1) == 0;
        }
        if (firstAccount) {
            if (requested != null && requested != Role.MSP_ADMIN) {
                throw new IllegalArgumentException("the first account on a server is its MSP_ADMIN; leave out --role");
            }
            return Role.MSP_ADMIN;
        }
        if (requested == null) {
            throw new IllegalArgumentException(email + " has no account on this server; add --role TECHNICIAN or"
                    + " --role MSP_ADMIN to create one");
        }
        if (requested != Role.MSP_ADMIN && requested != Role.TECHNICIAN) {
            throw new IllegalArgumentException("--role " + requested + " belongs to a tenant; token create makes only"
                    + " MSP_ADMIN or TECHNICIAN accounts");
        }
        return requested;
    }

    private static Optional<Account> findAccount(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, role from server_account where email = ?")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Account(rows.getObject(1, UUID.class), email, Role.valueOf(rows.getString(2))));
            }
        }
    }

    private void insertAccount(Connection connection, Account account, PersonWithRole person) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into server_account (id, email, role, created_at, tenant_id, person_id) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, account.id());
            insert.setString(2, account.email());
            insert.setString(3, account.role().name());
            insert.setObject(4, Jdbc.timestamp(clock.instant()));
            insert.setObject(5, person == null ? null : person.tenantId());
            insert.setObject(6, person == null ? null : person.id());
            insert.executeUpdate();
        }
    }

    /** A synced person who holds a role: their token then acts as them (role and tenant follow the person record). */
    private record PersonWithRole(UUID id, UUID tenantId, Role role) {
    }

    private static Optional<PersonWithRole> personWithRole(Connection connection, String email) throws SQLException {
        List<PersonWithRole> found = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, tenant_id, role from person where lower(email) = ? and deleted = false and role is not null")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new PersonWithRole(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), Role.valueOf(rows.getString(3))));
                }
            }
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(email + " holds a role in " + found.size() + " tenants; give each person their own"
                    + " e-mail address before making a token");
        }
        return found.stream().findFirst();
    }

    private static TokenInfo tokenInfo(ResultSet rows) throws SQLException {
        return new TokenInfo(rows.getObject(1, UUID.class), rows.getString(2), Jdbc.instant(rows.getObject(3)),
                Jdbc.instant(rows.getObject(4)), Jdbc.instant(rows.getObject(5)));
    }

    private record Account(UUID id, String email, Role role) {
    }
}
