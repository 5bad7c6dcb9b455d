package dev.canopy.imports.entra;

import dev.canopy.imports.ImportRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Saved Graph pages instead of a live call: one file holding a page as Graph returns it
 * ({@code {"@odata.context":…, "value":[…], "@odata.nextLink":…}}), or a folder of such files (every {@code *.json},
 * in name order: page-1.json, page-2.json… or the numbered names a script saved). Every page is checked before any
 * user is passed on, so a bad page, or a last page whose {@code @odata.nextLink} names a page that was not saved,
 * refuses the whole read.
 */
public final class GraphPageFiles {

    private GraphPageFiles() {
    }

    /** The files the pages are read from, in order. */
    public static List<Path> files(Path fileOrFolder) throws ImportRefused, IOException {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new ImportRefused(0, fileOrFolder + " is neither a file nor a folder of saved Graph pages.");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(fileOrFolder)) {
            files = listed.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted(GraphPageFiles::byName).toList();
        }
        if (files.isEmpty()) {
            throw new ImportRefused(0, "The folder " + fileOrFolder + " holds no .json pages.");
        }
        return files;
    }

    /** Reads every page (all are checked first), then passes the users on page by page. */
    public static GraphRead read(Path fileOrFolder, Consumer<GraphUser> sink, GraphProgress progress)
            throws ImportRefused, IOException, GraphCancelled {
        List<Path> files = files(fileOrFolder);
        List<GraphPage> pages = new ArrayList<>(files.size());
        for (Path file : files) {
            if (progress.isCancelled()) {
                throw new GraphCancelled();
            }
            try {
                pages.add(GraphPage.parse(Files.readAllBytes(file), pages.size() + 1));
            } catch (GraphPage.Malformed malformed) {
                throw new ImportRefused(0, file.getFileName() + " " + malformed.sentence());
            }
        }
        if (pages.get(pages.size() - 1).nextLink() != null) {
            throw new ImportRefused(0, files.get(files.size() - 1).getFileName() + " names a next page (@odata.nextLink) that is not"
                    + " saved: the pages are incomplete, and people on the missing pages would look gone. Save every page.");
        }
        int users = 0;
        int notUsers = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (progress.isCancelled()) {
                throw new GraphCancelled();
            }
            GraphPage page = pages.get(i);
            page.users().forEach(sink);
            users += page.users().size();
            notUsers += page.notUsers();
            progress.read(users, i + 1);
        }
        return new GraphRead(users, pages.size(), notUsers);
    }

    /** page-2.json before page-10.json: runs of digits compare as numbers. */
    private static int byName(Path a, Path b) {
        String x = a.getFileName().toString();
        String y = b.getFileName().toString();
        String[] xs = x.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] ys = y.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            int c = Character.isDigit(xs[i].charAt(0)) && Character.isDigit(ys[i].charAt(0))
                    ? new java.math.BigInteger(xs[i]).compareTo(new java.math.BigInteger(ys[i]))
                    : xs[i].compareToIgnoreCase(ys[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(xs.length, ys.length);
    }
}
