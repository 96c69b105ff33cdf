package dev.brief.maven.check;

import dev.brief.check.EpubCheckRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Validates an EPUB with EPUBCheck; every error and warning (fatal ones too) becomes a finding. */
public final class EpubValidator {
    static final String NAME = EpubCheckRunner.NAME;

    private final EpubCheckRunner runner = new EpubCheckRunner();

    public CheckResult validate(Path epub) {
        String output = epub.getFileName().toString();
        if (!Files.isRegularFile(epub)) {
            return CheckResult.missing(NAME, output);
        }
        List<Finding> findings = runner.check(epub).findings().stream()
                .map(finding -> new Finding(
                        finding.location().isEmpty() ? output : output + "/" + finding.location(),
                        finding.severity().toString().toLowerCase(Locale.ROOT) + " " + finding.rule() + ": "
                                + finding.message()))
                .toList();
        return new CheckResult(NAME, output, findings);
    }
}
