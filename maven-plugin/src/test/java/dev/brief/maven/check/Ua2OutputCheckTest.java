package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.PdfStandard;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief:check reads the standard a PDF declares: a ua2 edition is checked as PDF/UA-2, PDF/A-4 and WTPDF. */
class Ua2OutputCheckTest {
    @TempDir
    Path work;

    @Test
    void aUa2EditionIsCheckedAgainstTheStandardsItDeclaresAndPasses() throws IOException {
        Path sources = work.resolve("src");
        SampleBriefs.copyBriefsTo(sources);
        BuildRequest request = new BuildRequest(
                        sources,
                        work.resolve("out"),
                        EnumSet.of(Format.PDF),
                        Optional.empty(),
                        Optional.empty(),
                        1,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        "test")
                .withPdfStandard(Optional.of(PdfStandard.UA2));
        new BriefBuilder(request, BuildLog.silent()).build();
        Path pdf = work.resolve("out").resolve("civic-data-trusts").resolve("civic-data-trusts.pdf");
        assertThat(DeclaredStandard.pdfUaPart(pdf)).isEqualTo(2);

        List<BriefCheck> checks = new OutputChecker(request, BuildLog.silent()).check();

        for (BriefCheck check : checks) {
            assertThat(check.results())
                    .extracting(CheckResult::name)
                    .contains(
                            "veraPDF PDF/UA-2",
                            "veraPDF PDF/A-4",
                            "veraPDF WTPDF 1.0 accessibility",
                            ReadingOrderCheck.NAME)
                    .doesNotContain("veraPDF PDF/UA-1");
            assertThat(check.failures()).as("failed checks of %s", check.slug()).isEmpty();
        }
    }

    @Test
    void pdfUa2RulesAreExplainedInPlainWords() {
        assertThat(PlainRuleWords.explain("ISO 14289-2:2024 clause 8.2.5.14 test 2"))
                .contains("point at each other");
        assertThat(PlainRuleWords.explain("ISO 14289-2:2024 clause 8.8 test 1")).contains("structure element");
        assertThat(PlainRuleWords.explain("ISO 14289-2:2024 clause 8.2.4.1 test 1"))
                .contains("PDF 2.0");
        assertThat(PlainRuleWords.explain("ISO 32005:2023 clause Table 5. Title-Hn test 1"))
                .contains("does not allow inside it");
        assertThat(PlainRuleWords.explain("ISO 14289-9:2099 clause 7.1 test 3")).isEmpty();
    }

    @Test
    void pdfUa1AndPdfA2RulesAreExplainedInPlainWords() {
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.1 test 3")).contains("nor marked as an artifact");
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.1 test 11"))
                .contains("no tag tree");
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.1 test 5")).contains("as a whole");
        // a sub-clause takes its closest clause's words; a test of its own, its own
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.18.1 test 2"))
                .contains("annotation");
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.18.5 test 1"))
                .contains("OBJR");
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.18.5 test 2"))
                .contains("/Contents");
        assertThat(PlainRuleWords.explain("ISO 14289-1:2014 clause 7.21.7 test 1"))
                .contains("ToUnicode");
        assertThat(PlainRuleWords.explain("ISO 19005-2:2011 clause 6.2.11.4.1 test 1"))
                .contains("embedded");
        assertThat(PlainRuleWords.explain("ISO 19005-2:2011 clause 6.7.3.3 test 1"))
                .contains("tagged");
    }
}
