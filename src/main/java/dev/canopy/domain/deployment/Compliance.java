package dev.canopy.domain.deployment;

import dev.canopy.domain.computer.Software;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether a computer's inventory satisfies its effective deployments (DESIGN.md §1): each winner's
 * desired state is checked against the installed version of that software (name matched ignoring
 * case; when several versions are installed side by side, the highest counts).
 * <p>
 * LATEST and UPDATE_IF_FOUND compare against the newest version known to the instance; an installed
 * version at or above it counts as latest (the instance may not have seen a newer build yet), and
 * when no version is known, any installed version does.
 */
public final class Compliance {

    private Compliance() {
    }

    /**
     * @param latestVersionOf the newest version the instance knows of a software, or null/"" when unknown
     */
    public static ComputerCompliance evaluate(List<Software> inventory, Map<String, Resolution> effective,
                                              Function<String, String> latestVersionOf) {
        Map<String, String> installed = installedVersions(inventory);
        List<Finding> findings = new ArrayList<>(effective.size());
        for (Resolution r : effective.values()) {
            Deployment winner = r.winner();
            String name = winner.software();
            findings.add(check(name, winner.desiredState(), winner.version(), installed.get(NameKey.of(name)), latestVersionOf));
        }
        return new ComputerCompliance(findings);
    }

    /** Same, with the newest known versions as a map (looked up ignoring case). */
    public static ComputerCompliance evaluate(List<Software> inventory, Map<String, Resolution> effective,
                                              Map<String, String> latestKnown) {
        Map<String, String> byKey = new HashMap<>();
        latestKnown.forEach((software, version) -> byKey.put(NameKey.of(software), version));
        return evaluate(inventory, effective, software -> byKey.get(NameKey.of(software)));
    }

    /** One desired state against what is installed (null when not installed). */
    public static Finding check(String software, DesiredState state, String version, String installed,
                                Function<String, String> latestVersionOf) {
        boolean present = installed != null;
        String shown = present && installed.isBlank() ? "(version unknown)" : installed;
        String has = present && installed.isBlank() ? "version unknown" : "has " + installed;
        return switch (state) {
            case IGNORE -> new Finding(software, state, installed, true, "Ignored.", "ignored");
            case ANY_VERSION -> present
                    ? new Finding(software, state, installed, true, "Installed " + shown + ".", has)
                    : new Finding(software, state, null, false, "Not installed.", "not installed");
            case NOT_PRESENT -> present
                    ? new Finding(software, state, installed, false, "Installed " + shown + ", but it should not be present.",
                    "should be absent, " + has)
                    : new Finding(software, state, null, true, "Not installed, as wanted.", "absent");
            case SPECIFIC_VERSION -> {
                if (!present) {
                    yield new Finding(software, state, null, false, "Not installed; version " + version + " is wanted.", "not installed");
                }
                boolean same = VersionComparator.same(installed, version);
                yield same
                        ? new Finding(software, state, installed, true, "Installed " + shown + ", as wanted.", has)
                        : new Finding(software, state, installed, false, "Installed " + shown + "; version " + version + " is wanted.",
                        "needs " + version + ", " + has);
            }
            case AT_LEAST -> {
                if (!present) {
                    yield new Finding(software, state, null, false, "Not installed; at least " + version + " is wanted.", "not installed");
                }
                boolean enough = VersionComparator.compareVersions(installed, version) >= 0;
                yield enough
                        ? new Finding(software, state, installed, true, "Installed " + shown + ", at least " + version + ".", has)
                        : new Finding(software, state, installed, false, "Installed " + shown + "; at least " + version + " is wanted.",
                        "needs ≥ " + version + ", " + has);
            }
            case LATEST -> present
                    ? latestCheck(software, state, installed, shown, has, latestVersionOf)
                    : new Finding(software, state, null, false, "Not installed; the latest version is wanted.", "not installed");
            case UPDATE_IF_FOUND -> present
                    ? latestCheck(software, state, installed, shown, has, latestVersionOf)
                    : new Finding(software, state, null, true, "Not installed; nothing to update.", "not installed, nothing to update");
        };
    }

    private static Finding latestCheck(String software, DesiredState state, String installed, String shown, String has,
                                       Function<String, String> latestVersionOf) {
        String latest = latestVersionOf.apply(software);
        if (latest == null || latest.isBlank()) {
            return new Finding(software, state, installed, true, "Installed " + shown + "; no newer version is known.",
                    has + ", no newer known");
        }
        boolean current = VersionComparator.compareVersions(installed, latest) >= 0;
        return current
                ? new Finding(software, state, installed, true, "Installed " + shown + ", the newest known.", has + ", the newest")
                : new Finding(software, state, installed, false, "Installed " + shown + "; the newest known is " + latest + ".",
                "needs " + latest + " (newest), " + has);
    }

    /** Highest installed version per software key ({@link NameKey}); "" for an entry without a version. */
    public static Map<String, String> installedVersions(List<Software> inventory) {
        return installedVersions(inventory, NameKey::of);
    }

    /** The same with a software name's key from {@code keyOf} (a caller judging many computers may remember them). */
    public static Map<String, String> installedVersions(List<Software> inventory, Function<String, String> keyOf) {
        Map<String, String> out = new HashMap<>();
        for (Software s : inventory) {
            String version = s.version() == null ? "" : s.version().strip();
            out.merge(keyOf.apply(s.name()), version, (a, b) -> VersionComparator.compareVersions(b, a) > 0 ? b : a);
        }
        return out;
    }

    /** A software name's key, as {@link #installedVersions} keys the installed versions. */
    public static String keyOf(String software) {
        return NameKey.of(software);
    }
}
