package dev.brief.core.house;

import dev.brief.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/** The house read from a file, present iff there were no errors, and every problem found. */
public record HouseResult(java.util.Optional<House> house, List<Diagnostic> diagnostics) {
    public HouseResult {
        Objects.requireNonNull(house, "house");
        diagnostics = List.copyOf(diagnostics);
    }
}
