package dev.brief.pdf;

import dev.brief.core.house.PdfStandard;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.testing.SampleBriefs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Briefs in other scripts, from the test resources, written to PDF once per name. */
final class ScriptBriefs {
    private ScriptBriefs() {}

    static TestPdfs.Written written(String name) {
        return written(name, PdfStandard.UA1);
    }

    static TestPdfs.Written written(String name, PdfStandard standard) {
        String resource = "/scripts/" + name + ".md";
        try (InputStream in = ScriptBriefs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test brief " + resource);
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ReadResult read = BriefReader.read(
                    source, SampleBriefs.sampleDirectory().resolve(name + ".md"), SampleBriefs.house());
            return TestPdfs.write(
                    read.brief().orElseThrow(() -> new AssertionError(read.diagnostics())),
                    SampleBriefs.sampleDirectory(),
                    SampleBriefs.house().style().withPdfStandard(standard));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
