package dev.brief.benchmarks;

import dev.brief.check.PdfFlavour;
import dev.brief.check.ValidationReport;
import dev.brief.check.VeraPdfRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Validates every PDF under a folder with veraPDF's PDF/UA-1 profile, as {@code brief:check} does, and prints
 * how many pass and which rules fail most often: the comparison script runs it on Brief's PDFs and on
 * WeasyPrint's, so that the speed comparison also says what each PDF is worth to an accessibility reviewer.
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.brief.benchmarks.PdfUaSurvey LABEL FOLDER
 * </pre>
 */
public final class PdfUaSurvey {
    private PdfUaSurvey() {}

    public static void main(String[] args) throws IOException {
        // veraPDF logs every oddity it parses past (nested marked content in other tools' PDFs);
        // only the failed rules matter here.
        Logger.getLogger("org.verapdf").setLevel(Level.SEVERE);
        String label = args[0];
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(Path.of(args[1]))) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        VeraPdfRunner runner = VeraPdfRunner.of(PdfFlavour.PDF_UA_1);
        int passed = 0;
        Map<String, Integer> failingRules = new TreeMap<>();
        for (Path pdf : pdfs) {
            ValidationReport report = runner.check(pdf);
            if (report.passed()) {
                passed++;
            }
            // Each rule once per PDF (with its first message), however often it failed there: the survey
            // counts PDFs, not failures.
            Map<String, String> firstMessageByRule = new LinkedHashMap<>();
            report.findings().forEach(finding -> firstMessageByRule.putIfAbsent(finding.rule(), finding.message()));
            firstMessageByRule.forEach((rule, message) -> failingRules.merge(rule + ": " + message, 1, Integer::sum));
        }
        System.out.printf(Locale.ROOT, "%s: veraPDF PDF/UA-1 passed %d of %d PDFs%n", label, passed, pdfs.size());
        failingRules.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .forEach(rule -> System.out.printf(
                        Locale.ROOT, "  %4d PDFs fail %s%n", rule.getValue(), abbreviate(rule.getKey())));
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
