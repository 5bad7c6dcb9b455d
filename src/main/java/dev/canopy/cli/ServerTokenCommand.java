package dev.canopy.cli;

import dev.canopy.domain.person.Role;
import dev.canopy.server.AccountStore;
import dev.canopy.server.IssuedToken;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerStartException;
import dev.canopy.server.TokenInfo;
import dev.canopy.server.TokenSecrets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code canopy server token create|list|revoke}: API tokens, managed on the server's own database. A token is
 * printed once, by create; the database keeps only its hash.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create, list and revoke API tokens.")
final class ServerTokenCommand implements Runnable {

    @ParentCommand
    ServerCommand server;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which: token create, token list or token revoke");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Print a new token for the account with this email (the first account becomes MSP_ADMIN).")
    int create(@Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
               @Option(names = "--role", paramLabel = "ROLE",
                       description = "For a new account on a server that has some: MSP_ADMIN or TECHNICIAN.") Role role) {
        IssuedToken issued = withStore(store -> store.issue(email, role));
        PrintWriter out = out();
        out.printf("New token for %s (%s%s). It is shown only now; keep it like a password:%n", issued.email(),
                issued.role(), issued.newAccount() ? ", new account" : "");
        out.println(issued.token());
        out.printf("Token id %s (for token revoke)%n", issued.tokenId());
        out.flush();
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never the tokens themselves).")
    int list() {
        List<TokenInfo> tokens = withStore(AccountStore::list);
        PrintWriter out = out();
        if (tokens.isEmpty()) {
            out.println("No tokens yet; canopy server token create --email EMAIL makes the first.");
        } else {
            String format = "%-36s  %-30s  %-27s  %-27s  %s%n";
            out.printf(format, "ID", "EMAIL", "CREATED", "LAST USED", "REVOKED");
            for (TokenInfo t : tokens) {
                out.printf(format, t.id(), t.email(), shown(t.created()), shown(t.lastUsed()), shown(t.revoked()));
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token; requests with it get 401.")
    int revoke(@Parameters(paramLabel = "ID", description = "The token's id, from token list.") String id) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ID must be a token id from token list, got " + id);
        }
        TokenInfo revoked = withStore(store -> store.revoke(tokenId));
        out().printf("Token %s of %s is revoked (since %s)%n", revoked.id(), revoked.email(), shown(revoked.revoked()));
        out().flush();
        return 0;
    }

    private <T> T withStore(Function<AccountStore, T> work) {
        ServerDatabase database;
        try {
            database = server.openDatabase();
        } catch (ServerStartException e) {
            // a one-line reason, like the other bad-input refusals, instead of picocli's stack trace
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try (database) {
            return work.apply(new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC()));
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String shown(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }
}
