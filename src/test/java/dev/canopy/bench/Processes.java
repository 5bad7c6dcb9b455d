package dev.canopy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a fresh JVM on this bench's classpath (headless JavaFX) and reads "key=value" numbers from its output. */
final class Processes {

    private Processes() {
    }

    static String run(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        return run(jvmOptions, java.time.Duration.ofMinutes(5), mainClass, args);
    }

    /** As {@link #run(List, String, String...)}, waiting at most the timeout for the JVM to end. */
    static String run(List<String> jvmOptions, java.time.Duration timeout, String mainClass, String... args)
            throws IOException, InterruptedException {
        Exit exit = attempt(jvmOptions, System.getProperty("java.class.path"), timeout, mainClass, args);
        if (exit.code() != 0) {
            throw new IllegalStateException(mainClass + " failed:\n" + exit.output());
        }
        return exit.output();
    }

    /** How a JVM ended: its exit status (-1 when it outlived the timeout and was killed) and its output. */
    record Exit(int code, String output) {
    }

    /** A fresh JVM on the given class path; its exit status is the caller's to judge. */
    static Exit attempt(List<String> jvmOptions, String classPath, java.time.Duration timeout, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
                "-Dcanopy.log.level=WARN"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return new Exit(-1, output);
        }
        return new Exit(process.exitValue(), output);
    }

    /** A comma-separated list of numbers: "key=1.5,2,3". */
    static List<Double> numbers(String output, String key) {
        Matcher m = Pattern.compile(key + "=([\\d.,]*)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in output:\n" + output);
        }
        List<Double> values = new ArrayList<>();
        for (String v : m.group(1).split(",")) {
            if (!v.isBlank()) {
                values.add(Double.parseDouble(v));
            }
        }
        return values;
    }

    static double number(String output, String key) {
        Matcher m = Pattern.compile(key + "=(\\d+(\\.\\d+)?)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in output:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
