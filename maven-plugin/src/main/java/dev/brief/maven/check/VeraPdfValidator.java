package dev.brief.maven.check;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates a PDF with veraPDF against one profile (PDF/UA-1 or PDF/A-2a) and turns each failed rule into a
 * finding that names the clause, the rule's own description and where in the file it failed.
 */
public final class VeraPdfValidator {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final PDFAFlavour flavour;
    private final String name;

    private VeraPdfValidator(PDFAFlavour flavour, String name) {
        this.flavour = flavour;
        this.name = name;
    }

    public static VeraPdfValidator pdfUa1() {
        return new VeraPdfValidator(PDFAFlavour.PDFUA_1, "veraPDF PDF/UA-1");
    }

    public static VeraPdfValidator pdfA2a() {
        return new VeraPdfValidator(PDFAFlavour.PDFA_2_A, "veraPDF PDF/A-2a");
    }

    public CheckResult validate(Path pdf) {
        String output = pdf.getFileName().toString();
        if (!Files.isRegularFile(pdf)) {
            return CheckResult.missing(name, output);
        }
        List<Finding> findings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<RuleId, List<TestAssertion>> failedByRule = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failedByRule.computeIfAbsent(assertion.getRuleId(), rule -> new ArrayList<>()).add(assertion);
                }
            }
            failedByRule.values().forEach(failures -> findings.add(finding(failures)));
            if (!result.isCompliant() && findings.isEmpty()) {
                findings.add(new Finding(output, "veraPDF judged the file not compliant without naming a rule"));
            }
        } catch (Exception e) {
            findings.add(new Finding(output, "veraPDF could not read the file: " + e.getMessage()));
        }
        return new CheckResult(name, output, findings);
    }

    /** One finding per rule, however often it failed: the reviewer needs the rule, not a hundred lines. */
    private static Finding finding(List<TestAssertion> failures) {
        TestAssertion assertion = failures.get(0);
        String clause = assertion.getRuleId().getSpecification().getId() + " clause "
                + assertion.getRuleId().getClause() + " test " + assertion.getRuleId().getTestNumber();
        String context = assertion.getLocation() == null ? "" : " at " + assertion.getLocation().getContext();
        String detail = assertion.getErrorMessage() == null || assertion.getErrorMessage().isBlank()
                ? assertion.getMessage()
                : assertion.getMessage() + " (" + assertion.getErrorMessage() + ")";
        String count = failures.size() == 1 ? "" : " [failed " + failures.size() + " times; first shown]";
        return new Finding(clause + context, detail + count);
    }
}
