package dev.canopy.domain.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders version strings the way a technician reads them: segments split at dots (or any other
 * non-alphanumeric character) compared left to right; within a segment, runs of digits compare
 * numerically (24.10 &gt; 24.9) and runs of letters ignoring case, a number before letters
 * ("34.0.7" &lt; "34.0.R7"). A missing segment counts as 0, so 24.8 = 24.08 = 24.8.0.
 * A pre-release word (dev, snapshot, nightly, alpha, beta, preview, pre, rc) sorts below the release it
 * precedes, in that order: 7.2.0-alpha &lt; 7.2.0-beta.2 &lt; 7.2.0-rc1 &lt; 7.2.0 (and 7.2rc1 &lt; 7.2).
 * Null, empty and blank versions are lowest.
 */
public final class VersionComparator implements Comparator<String> {

    public static final VersionComparator INSTANCE = new VersionComparator();

    private static final List<String> ZERO_SEGMENT = List.of("0");
    /** Pre-release words, least mature first; each sorts below the end of a segment and below any number. */
    private static final List<String> PRE_RELEASE = List.of("dev", "snapshot", "nightly", "alpha", "beta", "preview", "pre", "rc");

    private VersionComparator() {
    }

    public static int compareVersions(String a, String b) {
        return INSTANCE.compare(a, b);
    }

    /** True when both name the same version (24.8 and 24.08 do). */
    public static boolean same(String a, String b) {
        return INSTANCE.compare(a, b) == 0;
    }

    @Override
    public int compare(String a, String b) {
        List<List<String>> left = segments(a);
        List<List<String>> right = segments(b);
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(!left.isEmpty(), !right.isEmpty());
        }
        int n = Math.max(left.size(), right.size());
        for (int i = 0; i < n; i++) {
            int c = compareSegments(i < left.size() ? left.get(i) : ZERO_SEGMENT, i < right.size() ? right.get(i) : ZERO_SEGMENT);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareSegments(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareRuns(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (a.size() == b.size()) {
            return 0;
        }
        // the longer one goes on: lower when it goes on with a pre-release word (7.2rc1 < 7.2), else higher
        List<String> longer = a.size() > b.size() ? a : b;
        int sign = preRelease(longer.get(n)) >= 0 ? -1 : 1;
        return a.size() > b.size() ? sign : -sign;
    }

    private static int compareRuns(String a, String b) {
        int preA = preRelease(a);
        int preB = preRelease(b);
        if (preA >= 0 || preB >= 0) {
            if (preA < 0 || preB < 0) {
                return preA >= 0 ? -1 : 1;
            }
            return preA != preB ? Integer.compare(preA, preB) : Integer.signum(String.CASE_INSENSITIVE_ORDER.compare(a, b));
        }
        boolean numericA = isDigit(a.charAt(0));
        boolean numericB = isDigit(b.charAt(0));
        if (numericA && numericB) {
            String x = stripLeadingZeros(a);
            String y = stripLeadingZeros(b);
            // compare by length first: no overflow on build numbers of any size
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : Integer.signum(x.compareTo(y));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return Integer.signum(String.CASE_INSENSITIVE_ORDER.compare(a, b));
    }

    /** The rank of a pre-release word (ignoring case), or -1 for a number or any other word. */
    private static int preRelease(String run) {
        return isDigit(run.charAt(0)) ? -1 : PRE_RELEASE.indexOf(run.toLowerCase(java.util.Locale.ROOT));
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** Segments of runs: "34.0.R7" → [[34], [0], [R, 7]]. */
    private static List<List<String>> segments(String version) {
        List<List<String>> segments = new ArrayList<>();
        if (version == null) {
            return segments;
        }
        List<String> segment = new ArrayList<>();
        int i = 0;
        int n = version.length();
        while (i < n) {
            char c = version.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                    segment = new ArrayList<>();
                }
                i++;
                continue;
            }
            boolean digit = isDigit(c);
            int start = i;
            while (i < n && Character.isLetterOrDigit(version.charAt(i)) && isDigit(version.charAt(i)) == digit) {
                i++;
            }
            segment.add(version.substring(start, i));
        }
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
        return joinPreReleaseNumbers(segments);
    }

    /** "rc.2" reads as "rc2": a pre-release word alone in its segment takes the number after it, so rc.2 &gt; rc1. */
    private static List<List<String>> joinPreReleaseNumbers(List<List<String>> segments) {
        for (int i = segments.size() - 2; i >= 0; i--) {
            List<String> here = segments.get(i);
            List<String> next = segments.get(i + 1);
            if (here.size() == 1 && preRelease(here.get(0)) >= 0 && isDigit(next.get(0).charAt(0))) {
                List<String> joined = new ArrayList<>(here);
                joined.addAll(next);
                segments.set(i, joined);
                segments.remove(i + 1);
            }
        }
        return segments;
    }

    // ASCII only: other scripts' digits are treated as letters, so numeric comparison stays simple
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
