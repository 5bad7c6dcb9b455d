package dev.canopy.bench;

/**
 * One metric at one size. ratio compares value with the floor measured in the same run (NaN when
 * the metric has an absolute target); pass says whether the target was met.
 */
record BenchResult(String metric, String size, double value, String unit, double floor, double ratio,
                   String target, Boolean pass, double min, double median, double max, int repetitions) {

    String line() {
        return String.format(java.util.Locale.ROOT, "metric=%s size=%s value=%.1f unit=%s floor=%s ratio=%s target=%s %s  (min/median/max %.1f/%.1f/%.1f over %d)",
                metric, size, value, unit, Double.isNaN(floor) ? "-" : String.format(java.util.Locale.ROOT, "%.1f", floor),
                Double.isNaN(ratio) ? "-" : String.format(java.util.Locale.ROOT, "%.2f", ratio), target,
                pass == null ? "INFO" : pass ? "PASS" : "MISS",
                min, median, max, repetitions);
    }
}
