package dev.brief.maven.check;

import dev.brief.check.PdfFlavour;
import dev.brief.check.Severity;
import dev.brief.check.VeraPdfRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a PDF with veraPDF against one profile (PDF/UA-1 or PDF/A-2a; PDF/UA-2, PDF/A-4 or WTPDF) and turns
 * each failed rule into a finding that names the clause, says in plain words what it asks where Brief knows the
 * rule, gives the rule's own description and where in the file it first failed.
 */
public final class VeraPdfValidator {
    private final VeraPdfRunner runner;

    private VeraPdfValidator(PdfFlavour flavour) {
        this.runner = VeraPdfRunner.of(flavour);
    }

    /** A validator for any flavour the shared runner knows. */
    public static VeraPdfValidator of(PdfFlavour flavour) {
        return new VeraPdfValidator(flavour);
    }

    public static VeraPdfValidator pdfUa1() {
        return new VeraPdfValidator(PdfFlavour.PDF_UA_1);
    }

    public static VeraPdfValidator pdfA2a() {
        return new VeraPdfValidator(PdfFlavour.PDF_A_2A);
    }

    public CheckResult validate(Path pdf) {
        String output = pdf.getFileName().toString();
        if (!Files.isRegularFile(pdf)) {
            return CheckResult.missing(runner.name(), output);
        }
        List<Finding> findings = new ArrayList<>();
        try {
            Map<String, List<dev.brief.check.Finding>> failedByRule = new LinkedHashMap<>();
            for (dev.brief.check.Finding failure : runner.check(pdf).findings()) {
                failedByRule
                        .computeIfAbsent(failure.rule(), rule -> new ArrayList<>())
                        .add(failure);
            }
            failedByRule.values().forEach(failures -> findings.add(finding(output, failures)));
        } catch (IOException e) {
            findings.add(new Finding(output, "veraPDF could not read the file: " + e.getMessage()));
        }
        return new CheckResult(runner.name(), output, findings);
    }

    /** One finding per rule, however often it failed: the reviewer needs the rule, not a hundred lines. */
    private static Finding finding(String output, List<dev.brief.check.Finding> failures) {
        dev.brief.check.Finding first = failures.get(0);
        if (first.severity() == Severity.FATAL) {
            return new Finding(output, first.message());
        }
        String where = first.location().isEmpty() ? first.rule() : first.rule() + " at " + first.location();
        String count = failures.size() == 1 ? "" : " [failed " + failures.size() + " times; first shown]";
        String plain = PlainRuleWords.explain(first.rule());
        return new Finding(where, (plain.isEmpty() ? "" : plain + " veraPDF: ") + first.message() + count);
    }
}
