package dev.canopy.bench;

import dev.canopy.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cold start in fresh JVMs: Canopy (cli.Main --exit-when-ready) against the floor, a JavaFX hello-world window on the
 * same JVM with the JDK's default class-data sharing, both timed to their window's second turn of the event loop after
 * it is shown. Canopy's time is its first frame with the tenant tree (the last run's snapshot, to look at and search,
 * while the store opens behind it); the time to the window ready for edits (the store open, its tree in place) is kept
 * beside it. Both are warmed the same way (the same number of untimed runs first, which also fill the OS file cache)
 * and then alternate, with the same JVM flags. A start that does not end READY with tenants in the tree, or whose
 * snapshot had to be corrected (the first frame showed a stale tree), fails the metric.
 */
final class ColdStartBench {

    /** Untimed runs of each side before the timed ones. */
    static final int WARMUPS = 2;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** app: to the first frame with the tree; editsReady: to the window ready for edits. notReady is null when every start was ready. */
    record Result(Measurement app, Measurement editsReady, Measurement hello, String phases, String notReady) {
    }

    /** The class path the bench runs on and the launcher's options but its archive: the app as `mvn javafx:run` starts it. */
    static Result classPath(Path folder, int repetitions) throws IOException, InterruptedException {
        return run(folder, repetitions, System.getProperty("java.class.path"), LauncherOptions.withoutArchive());
    }

    /**
     * The app with a class-data archive made as packaging/dist.sh and the .deb's postinst make it: one training start of
     * the app on a 60-tenant sample recording its class list (-XX:DumpLoadedClassList), a static archive of those classes
     * (-Xshare:dump), then the starts with the launcher's options (its heap limit, the archive). What
     * differs from the installed image: this JDK instead of the jlinked runtime, Monocle instead of the desktop's
     * glass, the app's classes as one jar beside the bench's library jars. notReady says why when it could not be made.
     */
    static Result withAppArchive(Path folder, int repetitions, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path jar = work.resolve("canopy-app.jar").toAbsolutePath();
        Files.deleteIfExists(jar);
        Process jarTool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "--create",
                "--file", jar.toString(), "-C", Path.of("target", "classes").toString(), ".").inheritIO().start();
        if (jarTool.waitFor() != 0) {
            return notMade("the jar tool could not pack target/classes");
        }
        // jars only: a JDK 17 archive does not take classes from directories (target/classes is the jar above)
        String classPath = Stream.concat(Stream.of(jar.toString()), Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))).collect(Collectors.joining(java.io.File.pathSeparator));
        Path training = work.resolve("training-data").toAbsolutePath();
        Bench.deleteRecursively(training);
        if (Main.run("--data-dir", training.toString(), "sample", "--tenants", "60", "--computers", "600") != 0) {
            return notMade("the training sample could not be written");
        }
        Path classList = work.resolve("canopy.classlist").toAbsolutePath();
        Path archive = work.resolve("canopy.jsa").toAbsolutePath();
        Files.deleteIfExists(classList);
        Files.deleteIfExists(archive);
        Processes.Exit trained = Processes.attempt(with(List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + classList)),
                classPath, TIMEOUT, Main.class.getName(), "--data-dir", training.toString(), "--exit-when-ready");
        if (trained.code() != 0 || !Files.exists(classList)) {
            return notMade("the training start recorded no class list: " + lastLines(trained.output()));
        }
        // as the .deb's postinst does: a static archive of the listed classes (the JVM dumps and exits, no app starts)
        Processes.Exit dumped = Processes.attempt(with(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive)), classPath, TIMEOUT, Main.class.getName(), "--version");
        if (dumped.code() != 0 || !Files.exists(archive)) {
            return notMade("-Xshare:dump made no archive: " + lastLines(dumped.output()));
        }
        return run(folder, repetitions, classPath, with(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")));
    }

    /** The launcher's options but its archive, then these. */
    private static List<String> with(List<String> archiveOptions) {
        return Stream.concat(LauncherOptions.withoutArchive().stream(), archiveOptions.stream()).toList();
    }

    private static Result run(Path folder, int repetitions, String appClassPath, List<String> appOptions)
            throws IOException, InterruptedException {
        List<Double> app = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<Double> hello = new ArrayList<>();
        Map<Double, String> phases = new HashMap<>();
        for (int i = 0; i < WARMUPS + repetitions; i++) {
            double helloMs = Processes.number(Processes.run(List.of(), HelloWorldApp.Launcher.class.getName()), "ready-ms");
            Processes.Exit start = Processes.attempt(appOptions, appClassPath, TIMEOUT, Main.class.getName(), "--data-dir", folder.toString(),
                    "--exit-when-ready");
            if (start.code() != 0 || !start.output().contains("state=READY")) {
                return failed(helloMs, lastLines(start.output()));
            }
            if (start.output().contains("snapshot=corrected")) {
                return failed(helloMs, "the first frame showed a stale tree (its snapshot was corrected when the store opened)");
            }
            if (i < WARMUPS) {
                continue;
            }
            double ms = Processes.number(start.output(), "first-frame-ms");
            hello.add(helloMs);
            app.add(ms);
            ready.add(Processes.number(start.output(), "ready-ms"));
            start.output().lines().filter(l -> l.startsWith("phases=")).findFirst().ifPresent(l -> phases.put(ms, l.substring("phases=".length())));
        }
        Measurement appMs = new Measurement(app);
        String medianPhases = phases.entrySet().stream()
                .min(Comparator.comparingDouble(e -> Math.abs(e.getKey() - appMs.median())))
                .map(Map.Entry::getValue).orElse("");
        return new Result(appMs, new Measurement(ready), new Measurement(hello), medianPhases, null);
    }

    private static Result failed(double helloMs, String why) {
        Measurement none = new Measurement(List.of(Double.NaN));
        return new Result(none, none, new Measurement(List.of(helloMs)), "", why);
    }

    private static Result notMade(String why) {
        return failed(Double.NaN, why);
    }

    /** The app's not-ready line, or the end of what it printed. */
    private static String lastLines(String output) {
        return output.lines().filter(l -> l.startsWith("not-ready")).findFirst()
                .orElseGet(() -> output.lines().skip(Math.max(0, output.lines().count() - 5)).collect(Collectors.joining(" | ")));
    }
}
