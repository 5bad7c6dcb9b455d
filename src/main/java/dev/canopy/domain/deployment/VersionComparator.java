package dev.canopy.domain.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders version strings the way a technician reads them: segments split at dots (or any other
 * non-alphanumeric character) compared left to right; within a segment, runs of digits compare
 * numerically (24.10 &gt; 24.9) and runs of letters ignoring case, a number before letters
 * ("34.0.7" &lt; "34.0.R7"). A missing segment counts as 0, so 24.8 = 24.08 = 24.8.0.
 * Null, empty and blank versions are lowest.
 */
public final class VersionComparator implements Comparator<String> {

    public static final VersionComparator INSTANCE = new VersionComparator();

    private static final List<String> ZERO_SEGMENT = List.of("0");

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
        return Integer.compare(a.size(), b.size());
    }

    private static int compareRuns(String a, String b) {
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
        return segments;
    }

    // ASCII only: other scripts' digits are treated as letters, so numeric comparison stays simple
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
