package dev.canopy.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code canopy} command line run as its own JVM, with the test's class path, as an operator would start it. Its
 * stdout and stderr go to files (no reader threads to leak), which a failure message quotes. Environment variables
 * named {@code CANOPY_*} are not inherited, so the child sees only the secrets the test hands it.
 */
public final class CanopyProcess implements AutoCloseable {

    private static final String MAIN = "dev.canopy.cli.Main";

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private CanopyProcess(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code canopy ARGS} with these extra environment variables; its output goes to files in folder. */
    public static CanopyProcess start(String name, Path folder, Map<String, String> env, String... args) {
        return start(name, folder, env, List.of(), MAIN, args);
    }

    /** Starts another main class of the test's class path the same way, with extra JVM options (system properties). */
    public static CanopyProcess start(String name, Path folder, Map<String, String> env, List<String> jvmOptions, String mainClass,
                                      String... args) {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java binary runs this test"));
        List<String> command = new ArrayList<>(List.of(java,
                // a small, quick-starting JVM: the machine running the suite may have two cores
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path out = folder.resolve(name + ".stdout");
        Path err = folder.resolve(name + ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("CANOPY_"));
        builder.environment().putAll(env);
        try {
            return new CanopyProcess(name, builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + java + ")", e);
        }
    }

    /** Distinct ports nobody listens on right now (all held open while choosing, so they differ). */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only a probe
                }
            }
        }
    }

    /** Polls GET /api/v1/health until it answers 200; fails with the process's output if it exits or never answers. */
    void awaitHealthy(HttpClient http, URI base, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/api/v1/health")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with code " + process.exitValue()
                        + " before answering /health\n" + output());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not answer /health within " + timeout.toSeconds() + " s\n" + output());
    }

    /**
     * Waits until the process prints a line starting with the prefix (its stdout is polled); fails with its output if
     * it exits or the timeout passes first.
     */
    public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var line = read(stdout).lines().filter(l -> l.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with code " + process.exitValue() + " before printing " + prefix + "\n" + output());
            }
            Thread.sleep(10);
        }
        throw new AssertionError(name + " did not print " + prefix + " within " + timeout.toSeconds() + " s\n" + output());
    }

    /** What the process wrote so far, for a failure message. */
    public String output() {
        return "--- " + name + " stdout ---\n" + tail(read(stdout)) + "\n--- " + name + " stderr ---\n" + tail(read(stderr));
    }

    /** Kills the process at once (SIGKILL on Linux: no shutdown hook, no flush), as a crash or a pulled plug would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits for the process to end by itself; its exit code. */
    public int waitFor(java.time.Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not finish within " + timeout.toSeconds() + " s\n" + output());
        }
        return process.exitValue();
    }

    /** Asks the process to stop (the server's shutdown hook closes it), and kills it if it does not within 5 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static String tail(String text) {
        int keep = 6000;
        return text.length() <= keep ? text : "…" + text.substring(text.length() - keep);
    }
}
