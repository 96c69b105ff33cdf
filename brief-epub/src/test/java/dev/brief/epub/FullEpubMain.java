package dev.brief.epub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the EPUB of the brief with every element kind, its images read from the folder named by the first
 * argument, to the file named by the second: what {@link ReproducibleEpubTest} runs in a second JVM.
 */
final class FullEpubMain {
    private FullEpubMain() {}

    public static void main(String[] arguments) throws IOException {
        Files.write(
                Path.of(arguments[1]),
                EpubFixtures.write(TestBriefs.full(), Path.of(arguments[0]), Optional.of(TestBriefs.fullPageMap())));
    }
}
