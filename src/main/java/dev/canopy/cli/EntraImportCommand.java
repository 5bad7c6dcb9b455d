package dev.canopy.cli;


import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.GraphCallFailed;
import dev.canopy.imports.entra.EntraSource;
import dev.canopy.imports.entra.GraphCancelled;
import dev.canopy.imports.entra.GraphClient;
import dev.canopy.imports.entra.GraphProgress;
import dev.canopy.imports.entra.GraphRead;
import dev.canopy.imports.entra.GraphWait;
import dev.canopy.imports.entra.GuestMode;
import dev.canopy.imports.entra.PersonImportPlan;
import dev.canopy.imports.entra.PersonImportPlanner;
import dev.canopy.imports.entra.SignInFailed;
import dev.canopy.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code canopy import-entra --tenant NAME [--dry-run]}: what importing Entra ID users (all, or one group's members)
 * into one tenant does, read from Microsoft Graph with the technician's token or from saved Graph pages; with
 * {@code --dry-run} it changes nothing. The token comes from $CANOPY_GRAPH_TOKEN or a prompt, never from an option (it would stay in the shell's
 * history and the process list), or from {@code --sign-in}: Microsoft's device-code sign-in, its code printed on standard error. Without {@code --dry-run} the plan is applied as one change (one undo step,
 * audited, synced), the same command a file import applies.
 */
@Command(name = "import-entra", mixinStandardHelpOptions = true,
        description = "Import people from Entra ID (Microsoft Graph) into one tenant: print the plan, then apply it unless --dry-run.")
final class EntraImportCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "CANOPY_GRAPH_TOKEN";

    /** How --sign-in signs in; tests route it to a loopback sign-in service. */
    static Supplier<DeviceCodeSignIn> signInWith = DeviceCodeSignIn::new;

    @ParentCommand
    Main main;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant the people go into (its name, or Client/Site).")
    String tenant;

    @Option(names = "--graph-url", paramLabel = "URL", description = "Microsoft Graph's address (default " + GraphClient.DEFAULT_URL + ").")
    String graphUrl;

    @Option(names = "--group", paramLabel = "NAME_OR_ID", description = "Only this group's direct members (its display name or object id).")
    String group;

    @Option(names = "--guests", paramLabel = "skip|mark", description = "Guest accounts: leave them out (default) or import them marked \"(guest)\".")
    String guests = "skip";

    @Option(names = "--pages", paramLabel = "FILE_OR_DIR", description = "Read saved Graph pages (a .json page, or a folder of them) instead of calling Graph.")
    Path pages;

    @Option(names = "--sign-in", description = "Sign in to Entra ID with a code (entered on Microsoft's page in any browser) instead of giving a token; needs --client-id.")
    boolean signIn;

    @Option(names = "--client-id", paramLabel = "ID", description = "For --sign-in: the application (client) id of your Entra app registration (public client flows allowed).")
    String clientId;

    @Option(names = "--directory", paramLabel = "ID_OR_DOMAIN", description = "For --sign-in: the directory (tenant) id or a domain of it (default: the account's own).")
    String directory;

    @Option(names = "--dry-run", description = "Print the plan and change nothing.")
    boolean dryRun;

    @Option(names = "--skip-problem-rows", description = "Apply the users that can be imported even when others cannot (listed).")
    boolean skipProblemRows;

    @Override
    public Integer call() {
        GuestMode mode = OptionChoice.of("--guests", guests, Map.of("skip", GuestMode.SKIP, "mark", GuestMode.MARK));
        if (pages != null && group != null) {
            throw new IllegalArgumentException("--group reads a group's members from Graph; saved --pages are read as they are (save the group's members instead)");
        }
        if (pages != null && signIn) {
            throw new IllegalArgumentException("--sign-in gets a token for Graph; saved --pages need none");
        }
        if (signIn && clientId == null) {
            throw new IllegalArgumentException("--sign-in needs --client-id ID: the application (client) id of your Entra app registration");
        }
        if (!signIn && (clientId != null || directory != null)) {
            throw new IllegalArgumentException("--client-id and --directory are for --sign-in");
        }
        Path folder = main.existingDataDir();  // people go into a tenant that exists: nothing is created without data
        try (LocalStore store = CliStore.open(folder)) {
            TenantHierarchy hierarchy = store.loadHierarchy();
            TenantNode into = TenantArgument.find(hierarchy, tenant);
            List<Person> people = store.records(PersonKind.INSTANCE, List.of(into.id()));
            PersonImportPlanner planner = new PersonImportPlanner(into.id(), people, mode, Instant.now());
            EntraSource source = pages != null ? EntraSource.pages(pages) : EntraSource.graph(graphUrl, group);
            EntraSource.Read result = source.read(source.needsToken() ? token() : null, planner::add, GraphProgress.NONE, GraphWait.SLEEPING);
            String from = result.from();
            GraphRead read = result.read();
            PersonImportPlan plan = planner.plan();
            boolean refused = !plan.problems().isEmpty() && !skipProblemRows;
            // "creates" only when it does: a dry run, a refused or an empty apply says what it would do
            boolean applies = !dryRun && !refused && !plan.changesNothing();
            print(System.out, from, read, hierarchy.pathText(into.id()), plan, dryRun, applies);
            if (dryRun) {
                return 0;
            }
            if (refused) {
                System.out.println("Nothing was changed: fix the users above, or give --skip-problem-rows to import the others.");
                return 2;
            }
            if (!applies) {
                System.out.println("Nothing to change: the tenant already holds what Entra ID says.");
                return 0;
            }
            return apply(store, plan);
        } catch (ImportRefused | GraphCallFailed | GraphCancelled refused) {
            throw new IllegalArgumentException(refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pages + ": " + e.getMessage(), e);
        }
    }

    /** The plan's people saved by one command: one transaction, so a refusal part-way leaves the store as it was. */
    private static int apply(LocalStore store, PersonImportPlan plan) {
        var applied = store.execute(plan.command().orElseThrow());  // only called for a plan that changes something
        System.out.println("Applied as one change: " + applied.label() + ".");
        return 0;
    }

    /** With --sign-in, the device-code sign-in's token; else the environment's, else typed at a prompt (not echoed), else one line piped on standard input. */
    private String token() {
        if (signIn) {
            return signedIn();
        }
        String fromEnvironment = System.getenv(TOKEN_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Graph access token (not shown): ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new IllegalArgumentException("a Graph token is needed: set " + TOKEN_VARIABLE + ", type it at the prompt,"
                        + " or pipe it on standard input (or read saved pages with --pages)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Graph token from standard input: " + e.getMessage(), e);
        }
    }

    /** Microsoft's "open this page and enter this code" on standard error (standard output stays the plan), then the wait. */
    private String signedIn() {
        try {
            return signInWith.get().signIn(clientId, directory, prompt -> {
                System.err.println(prompt.message());
                System.err.flush();
            }, () -> false);  // Ctrl+C ends the wait with the process
        } catch (SignInFailed failed) {
            throw new IllegalArgumentException(failed.getMessage());
        }
    }

    static void print(PrintStream out, String from, GraphRead read, String tenantPath, PersonImportPlan plan, boolean dryRun, boolean applies) {
        out.printf(Locale.ROOT, "From %s: %,d users on %,d pages%s.%s%n", from, read.users(), read.pages(),
                read.notUsers() == 0 ? "" : String.format(Locale.ROOT, " (%,d members that are not users left out)", read.notUsers()),
                dryRun ? " Nothing was changed (dry run)." : "");
        out.printf(Locale.ROOT, "Into %s: " + (applies ? "creates %,d people, changes %,d, leaves %,d" : "would create %,d people, change %,d, leave %,d")
                        + " unchanged%s.%n", tenantPath, plan.newPeople().size(), plan.changes().size(), plan.unchanged(), plan.guestsSkipped() == 0 ? ""
                        : String.format(Locale.ROOT, "; %,d guests left out (--guests mark imports them)", plan.guestsSkipped()));
        for (PersonImportPlan.NewPerson n : plan.newPeople()) {
            out.printf("  new: %s <%s>%s%n", n.person().displayName(), n.person().email(), n.person().active() ? "" : " (inactive: account disabled)");
        }
        for (PersonImportPlan.PersonChange c : plan.changes()) {
            out.printf("  %s: %s: %s%n", c.where(), c.before().displayName(), c.fields().stream()
                    .map(f -> f.field() + " " + (f.before().isEmpty() ? "(none)" : f.before()) + " → " + f.after()).collect(Collectors.joining("; ")));
        }
        if (!plan.missingFromSource().isEmpty()) {
            out.printf(Locale.ROOT, "%,d people of this tenant mapped to Entra are not in the source (kept; deactivate them yourself if gone): %s%n",
                    plan.missingFromSource().size(), plan.missingFromSource().stream().limit(20).map(p -> p.displayName() + " <" + p.email() + ">")
                            .collect(Collectors.joining(", ")) + (plan.missingFromSource().size() > 20 ? ", …" : ""));
        }
        if (!plan.problems().isEmpty()) {
            out.printf(Locale.ROOT, "%,d %s cannot be imported:%n", plan.problems().size(), plan.problems().size() == 1 ? "user" : "users");
            plan.problems().forEach(p -> out.printf("  %s: %s%n", p.where(), p.reason()));
        }
    }
}
