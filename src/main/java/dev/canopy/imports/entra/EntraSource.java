package dev.canopy.imports.entra;

import dev.canopy.imports.ImportRefused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where an Entra import reads its users: Microsoft Graph (all users, or one group's direct members) or saved Graph
 * pages. The command line and the desktop app read through this, so both describe and read a source the same way.
 */
public final class EntraSource {

    /** What was read and from where, in words ("Microsoft Graph (members of Staff)"). */
    public record Read(String from, GraphRead read) {
    }

    private final Path pages;
    private final String graphUrl;
    private final String group;

    private EntraSource(Path pages, String graphUrl, String group) {
        this.pages = pages;
        this.graphUrl = graphUrl;
        this.group = group == null || group.isBlank() ? null : group.strip();
    }

    /** Saved pages: one .json page, or a folder of them. */
    public static EntraSource pages(Path fileOrFolder) {
        return new EntraSource(fileOrFolder, null, null);
    }

    /** Graph at {@code url} (null: {@link GraphClient#DEFAULT_URL}); {@code group} null or blank for every user. */
    public static EntraSource graph(String url, String group) {
        return new EntraSource(null, url, group);
    }

    public boolean needsToken() {
        return pages == null;
    }

    /**
     * Reads every user to {@code sink}. {@code token} is used only for Graph (null for saved pages) and goes
     * nowhere but the Authorization header of requests to the Graph address.
     */
    public Read read(String token, Consumer<GraphUser> sink, GraphProgress progress, GraphWait wait)
            throws GraphCallFailed, GraphCancelled, ImportRefused, IOException {
        if (pages != null) {
            return new Read("saved pages " + pages, GraphPageFiles.read(pages, sink, progress));
        }
        GraphClient client = GraphClient.connect(graphUrl, token, wait);
        if (group == null) {
            return new Read("Microsoft Graph (all users)", client.users(sink, progress));
        }
        GraphGroup chosen = client.group(group, progress);
        return new Read("Microsoft Graph (members of " + chosen.displayName() + ")", client.members(chosen, sink, progress));
    }
}
