package dev.brief.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Runs veraPDF, the reference validator for PDF/A and PDF/UA, on a PDF against one flavour's profile. Every
 * failed check is a finding, in the order veraPDF reports them; a file veraPDF cannot read is one fatal finding.
 */
public final class VeraPdfRunner {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final PdfFlavour flavour;

    private VeraPdfRunner(PdfFlavour flavour) {
        this.flavour = Objects.requireNonNull(flavour, "flavour");
    }

    public static VeraPdfRunner of(PdfFlavour flavour) {
        return new VeraPdfRunner(flavour);
    }

    public PdfFlavour flavour() {
        return flavour;
    }

    /** "veraPDF PDF/UA-1": the validator and the standard, as reports name them. */
    public String name() {
        return "veraPDF " + flavour.standardName();
    }

    public ValidationReport check(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return check(in);
        }
    }

    public ValidationReport check(byte[] pdf) {
        return check(new ByteArrayInputStream(pdf));
    }

    private ValidationReport check(InputStream pdf) {
        List<Finding> findings = new ArrayList<>();
        PDFAFlavour veraPdfFlavour = flavour.veraPdfFlavour();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf, veraPdfFlavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(veraPdfFlavour, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    findings.add(finding(assertion));
                }
            }
            if (findings.isEmpty() && !result.isCompliant()) {
                findings.add(new Finding(
                        Severity.ERROR,
                        flavour.standardName(),
                        "veraPDF judged the file not compliant without naming a rule",
                        ""));
            }
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            findings.add(new Finding(
                    Severity.FATAL, "veraPDF parser", "veraPDF could not read the file: " + e.getMessage(), ""));
        } catch (IOException e) {
            // Only closing the parser or the validator throws this, after the verdict is in.
            throw new IllegalStateException("veraPDF could not release the file", e);
        }
        return new ValidationReport(name(), findings);
    }

    private static Finding finding(TestAssertion assertion) {
        RuleId rule = assertion.getRuleId();
        String error = assertion.getErrorMessage();
        String message =
                error == null || error.isBlank() ? assertion.getMessage() : assertion.getMessage() + " (" + error + ")";
        String location =
                assertion.getLocation() == null || assertion.getLocation().getContext() == null
                        ? ""
                        : assertion.getLocation().getContext();
        return new Finding(
                Severity.ERROR,
                rule.getSpecification().getId() + " clause " + rule.getClause() + " test " + rule.getTestNumber(),
                message,
                location);
    }
}
