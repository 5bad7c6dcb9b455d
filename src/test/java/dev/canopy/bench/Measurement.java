package dev.canopy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated samples of one quantity: min, median, max, 95th and 99th percentiles. */
record Measurement(List<Double> samples) {

    Measurement {
        samples = new ArrayList<>(samples);
        Collections.sort(samples);
    }

    double min() {
        return samples.get(0);
    }

    double max() {
        return samples.get(samples.size() - 1);
    }

    double median() {
        int n = samples.size();
        return n % 2 == 1 ? samples.get(n / 2) : (samples.get(n / 2 - 1) + samples.get(n / 2)) / 2;
    }

    double p95() {
        return percentile(0.95);
    }

    double p99() {
        return percentile(0.99);
    }

    /** The nearest-rank percentile: the smallest sample that at least that share of the samples do not exceed. */
    private double percentile(double share) {
        return samples.get(Math.min(samples.size() - 1, (int) Math.ceil(samples.size() * share) - 1));
    }
}
