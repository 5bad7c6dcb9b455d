package dev.canopy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated samples of one quantity: min, median, max, 95th percentile. */
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
        return samples.get(Math.min(samples.size() - 1, (int) Math.ceil(samples.size() * 0.95) - 1));
    }
}
