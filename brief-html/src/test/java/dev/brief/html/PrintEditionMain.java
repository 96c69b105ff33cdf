package dev.brief.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the kitchen-sink brief's print edition, its chart in the folder named by the first argument, to the
 * file named by the second: what {@link PrintEditionTest} runs in a second JVM.
 */
final class PrintEditionMain {
    private PrintEditionMain() {}

    public static void main(String[] arguments) throws IOException {
        try (OutputStream out = Files.newOutputStream(Path.of(arguments[1]))) {
            HtmlWriter.writePrintEdition(
                    TestBriefs.kitchenSink(), TestBriefs.options(Path.of(arguments[0]), Flavor.PRINT), out);
        }
    }
}
