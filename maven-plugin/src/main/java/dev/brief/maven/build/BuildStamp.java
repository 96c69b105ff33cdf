package dev.brief.maven.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Decides whether a brief's outputs are stale, the way maven-javadoc-plugin's stale data check does: a small
 * stamp file in the output folder holds a hash of everything the outputs depend on (the source text, every
 * referenced image and font, the house file, the settings and the toolkit version) and the names of the files
 * written. The outputs are up to date when the hash matches and every listed file still exists.
 */
public final class BuildStamp {
    static final String FILE_NAME = ".brief-stamp";

    private final String hash;

    private BuildStamp(String hash) {
        this.hash = hash;
    }

    /** Hashes {@code settings} and the content of each input file, in the order given. */
    public static BuildStamp of(String settings, List<Path> inputs) throws IOException {
        MessageDigest digest = sha256();
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[64 * 1024];
        for (Path input : inputs) {
            digest.update(("\n" + input.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8));
            if (!Files.isRegularFile(input)) {
                digest.update("(missing)".getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try (InputStream in = Files.newInputStream(input)) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
        }
        return new BuildStamp(HexFormat.of().formatHex(digest.digest()));
    }

    /** True when {@code folder} holds a stamp with this hash and every output it lists. */
    public boolean isCurrent(Path folder) throws IOException {
        Path stamp = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(stamp)) {
            return false;
        }
        List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(hash)) {
            return false;
        }
        return lines.stream().skip(1).allMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** The outputs listed in a current stamp, for reporting what an up-to-date brief has. */
    public static List<Path> outputs(Path folder) throws IOException {
        List<Path> outputs = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8);
        lines.stream().skip(1).forEach(name -> outputs.add(folder.resolve(name)));
        return outputs;
    }

    /** Records the outputs just written; called only after every one of them was written. */
    public void write(Path folder, List<Path> outputs) throws Exception {
        StringBuilder text = new StringBuilder(hash).append('\n');
        for (Path output : outputs) {
            text.append(output.getFileName()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(folder.resolve(FILE_NAME), out -> out.write(bytes));
    }

    /** Forgets the stamp before a rebuild, so that a rebuild that fails halfway is not taken as current. */
    public static void clear(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }

    @Override
    public String toString() {
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
