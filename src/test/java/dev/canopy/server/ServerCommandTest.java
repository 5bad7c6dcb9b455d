package dev.canopy.server;

import dev.canopy.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code canopy server token create|list|revoke} as a person types them, on the default H2 in the data folder. */
class ServerCommandTest {

    private static final Pattern TOKEN = Pattern.compile("cnp_[A-Za-z0-9_-]{43}");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureConsole() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int canopy(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("--data-dir", temp.toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compactSaysWhatItRemovedAndRefusesANonsenseRetention() {
        assertThat(canopy("server", "compact", "--keep-days", "0")).isEqualTo(2);
        assertThat(err()).isEqualTo("canopy: --keep-days must be at least 1, got 0" + System.lineSeparator());
        assertThat(canopy("server", "compact")).isZero();
        assertThat(out()).startsWith("Removed 0 superseded changes and 0 deletions older than 90 days;");
    }

    @Test
    void createPrintsTheTokenOnceAndTheFirstAccountIsTheMspAdmin() throws Exception {
        assertThat(canopy("server", "token", "create", "--email", "Admin@Example.com")).isZero();
        String printed = out();
        Matcher token = TOKEN.matcher(printed);
        assertThat(token.find()).as(printed).isTrue();
        String secret = token.group();
        assertThat(token.find()).as("the token is printed once").isFalse();
        assertThat(printed).startsWith("New token for admin@example.com (MSP_ADMIN, new account).");

        try (Connection c = DriverManager.getConnection(ServerDatabase.defaultH2Url(temp.resolve("server")), "sa", "");
             Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("select token_hash from api_token")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(TokenSecrets.hash(secret)).doesNotContain(secret.substring(4));
            }
            try (ResultSet rows = s.executeQuery("select email, role from server_account")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("admin@example.com");
                assertThat(rows.getString(2)).isEqualTo("MSP_ADMIN");
            }
        }

        assertThat(canopy("server", "token", "list")).isZero();
        assertThat(out()).contains("admin@example.com").doesNotContain(secret).doesNotContain(secret.substring(4));
    }

    @Test
    void listShowsTokensAndRevokeMarksThem() {
        canopy("server", "token", "create", "--email", "admin@example.com");
        String id = out().replaceAll("(?s).*Token id (\\S+) .*", "$1");
        canopy("server", "token", "create", "--email", "tech@example.com", "--role", "TECHNICIAN");

        assertThat(canopy("server", "token", "list")).isZero();
        String[] lines = out().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("ID").contains("EMAIL", "CREATED", "LAST USED", "REVOKED");
        assertThat(lines[1]).startsWith(id).contains("admin@example.com").endsWith("-");
        assertThat(lines[2]).contains("tech@example.com");

        assertThat(canopy("server", "token", "revoke", id)).isZero();
        assertThat(out()).startsWith("Token " + id + " of admin@example.com is revoked (since 20");
        canopy("server", "token", "list");
        assertThat(out().split("\\R")[1]).startsWith(id).doesNotEndWith(" -");
    }

    @Test
    void badInputExitsWithTwoAndAOneLineReason() {
        canopy("server", "token", "create", "--email", "admin@example.com");

        assertThat(canopy("server", "token", "create", "--email", "tech@example.com")).isEqualTo(2);
        assertThat(err()).isEqualTo("canopy: tech@example.com has no account on this server; add --role TECHNICIAN"
                + " or --role MSP_ADMIN to create one" + System.lineSeparator());
        assertThat(canopy("server", "token", "create", "--email", "nobody")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("canopy: --email must be an email address like name@example.com, got nobody");
        assertThat(canopy("server", "token", "revoke", "42")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("canopy: ID must be a token id from token list, got 42");
        assertThat(canopy("server", "token", "revoke", "6f1c2a44-93e5-4a9b-8d27-0c8e2a1b5f10")).isEqualTo(2);
        assertThat(err().strip()).startsWith("canopy: no token with id 6f1c2a44-93e5-4a9b-8d27-0c8e2a1b5f10");
        assertThat(canopy("server", "--db", "jdbc:mysql://db/canopy", "token", "list")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("canopy: --db must be a jdbc:postgresql: or jdbc:h2: URL, got jdbc:mysql://db/canopy");
    }

    @Test
    void anUnreachableDatabaseStopsTheServerWithOneLine() {
        assertThat(canopy("server", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/canopy")).isEqualTo(1);
        assertThat(err().strip()).startsWith("canopy: cannot connect to the database at jdbc:postgresql://127.0.0.1:1/canopy")
                .doesNotContain("\tat ");
    }
}
