package dev.brief.pdf;

import dev.brief.core.testing.SampleBriefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample PDF to the file named by its one argument: what {@link ReproducibilityTest} runs in a
 * second JVM, to show that nothing of one JVM's run (hash order, caches, locale, time zone) reaches the bytes.
 */
final class SamplePdfMain {
    private SamplePdfMain() {}

    public static void main(String[] arguments) throws IOException {
        Files.write(
                Path.of(arguments[0]),
                TestPdfs.write(
                                SampleBriefs.sample(),
                                SampleBriefs.sampleDirectory(),
                                SampleBriefs.house().style())
                        .bytes());
    }
}
