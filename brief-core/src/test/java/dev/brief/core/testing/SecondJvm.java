package dev.brief.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a second JVM on this test's class path, with another locale (Turkish, whose case rules
 * differ), time zone and default charset: what reproducibility tests compare a second write with, since two
 * writes in one JVM share its hash order, caches and defaults. Fails the test if it does not end, or ends badly,
 * within two minutes; its output is kept in {@code log} and shown on failure.
 */
public final class SecondJvm {
    private SecondJvm() {}

    public static void run(Path log, Class<?> main, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1",
                main.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as("the second JVM finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("exit value; log:%n%s", Files.readString(log, StandardCharsets.ISO_8859_1))
                .isZero();
    }
}
