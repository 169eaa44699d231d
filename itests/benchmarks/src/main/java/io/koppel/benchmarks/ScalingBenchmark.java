package io.koppel.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Divisions in parallel: {@link PostingBenchmark} with {@code --only scaling} (1, 5, 10 and 20 divisions
 * on one node at Exact's 60 calls a minute each). Arguments as PostingBenchmark's ({@code --database},
 * {@code --minutes}).
 */
public final class ScalingBenchmark {
    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--only", "scaling"));
        all.addAll(List.of(args));
        PostingBenchmark.main(all.toArray(String[]::new));
    }
}
