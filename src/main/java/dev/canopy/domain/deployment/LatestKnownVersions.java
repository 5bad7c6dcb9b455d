package dev.canopy.domain.deployment;

import dev.canopy.domain.computer.Software;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The newest version the instance knows of each software (by name, ignoring case), gathered from
 * inventories and any catalogue the caller adds. Usable as the {@code latestVersionOf} of
 * {@link Compliance#evaluate}. Not thread-safe while being filled.
 */
public final class LatestKnownVersions implements Function<String, String> {

    private final Map<String, String> newest = new HashMap<>();

    public LatestKnownVersions add(String software, String version) {
        if (software == null || version == null || version.isBlank()) {
            return this;
        }
        newest.merge(NameKey.of(software), version.strip(),
                (a, b) -> VersionComparator.compareVersions(b, a) > 0 ? b : a);
        return this;
    }

    public LatestKnownVersions addAll(Iterable<Software> inventory) {
        for (Software s : inventory) {
            add(s.name(), s.version());
        }
        return this;
    }

    /** The newest known version, or null when none is known. */
    @Override
    public String apply(String software) {
        return newest.get(NameKey.of(software));
    }
}
