package dev.brief.benchmarks;

/** The generated catalogue every benchmark and run uses: the same seed, so the same briefs on every machine. */
final class Catalogue {
    static final long SEED = 2026;

    private Catalogue() {}
}
