package dev.brief.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.house.House;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.robustness.BadInputs.BadInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader either returns a brief or says, at a position, what is wrong and how to fix it. */
class BadInputReaderTest {
    @TempDir
    Path folder;

    /** Inputs in UTF-8; the others have their own test below. */
    static Stream<BadInput> inputs() {
        return BadInputs.all().stream().filter(input -> !NOT_UTF8.contains(input.name()));
    }

    private static final List<String> NOT_UTF8 = List.of("binary-garbage.md", "invalid-utf-8.md");

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed test
    void readsABriefOrReportsWhereAndWhat(BadInput input) throws IOException {
        Path file = folder.resolve(input.name());
        Files.write(file, input.bytes());

        ReadResult result = BriefReader.read(file, House.defaults());

        assertThat(result.brief().isPresent())
                .as("a brief iff no errors: %s", result.diagnostics())
                .isEqualTo(result.diagnostics().stream().noneMatch(Diagnostic::isError));
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertThat(diagnostic.position().file()).isEqualTo(file.toString());
            assertThat(diagnostic.position().line()).isPositive();
            assertThat(diagnostic.position().column()).isPositive();
            assertThat(diagnostic.message()).isNotBlank();
            if (diagnostic.isError()) {
                assertThat(diagnostic.fix()).as("how to fix: %s", diagnostic).isNotBlank();
            }
        }
    }

    @Test
    void harmlessVariationsReadAsBriefs() throws IOException {
        for (String name : List.of(
                "byte-order-mark.md",
                "crlf-line-ends.md",
                "right-to-left-and-cjk.md",
                "emoji.md",
                "nested-lists-200.md",
                "nested-quotes-200.md")) {
            assertThat(read(name).brief())
                    .as(name + ": " + read(name).diagnostics())
                    .isPresent();
        }
        assertThat(read("crlf-line-ends.md").brief().orElseThrow().notes()).hasSize(1);
    }

    @Test
    void brokenInputsFailWithTheirOwnDiagnostic() throws IOException {
        assertThat(messages("empty.md")).anyMatch(message -> message.contains("no front matter"));
        assertThat(messages("truncated-front-matter.md")).anyMatch(message -> message.contains("never closed"));
        assertThat(messages("tabs-in-body.md")).anyMatch(message -> message.contains("code block"));
        assertThat(messages("undefined-and-unused-notes.md")).anyMatch(message -> message.contains("missing"));
    }

    @Test
    void controlCharactersAreErrorsAtTheirPosition() throws IOException {
        ReadResult result = read("control-characters.md");
        assertThat(result.brief()).isEmpty();
        assertThat(result.diagnostics())
                .filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::toString)
                .anyMatch(text -> text.contains("control-characters.md:8:8: error: control character U+0007 (BEL)"))
                .anyMatch(text -> text.contains(":8:") && text.contains("U+0000 (NULL)"));
        assertThat(messages("control-character-in-title.md")).anyMatch(message -> message.contains("U+0007"));
    }

    @Test
    void bytesThatAreNotUtf8FailWithADiagnosticNamingTheEncoding() throws IOException {
        for (String name : NOT_UTF8) {
            assertThat(messages(name)).as(name).anyMatch(message -> message.contains("UTF-8"));
        }
    }

    @Test
    void theFirstByteThatIsNotUtf8IsReportedAtItsLineAndColumn() throws IOException {
        Path file = folder.resolve("latin-1.md");
        // A BOM, CRLF line ends and a valid "ü" before the Latin-1 "é": none of them shifts the position.
        byte[] head = "\uFEFF---\r\ntitle: \"Caf\u00fcs\"\r\nlanguage: en\r\n---\r\n\r\nA caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\u00e9 and a cr\u00e8me.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(head, tail));

        ReadResult result = BriefReader.read(file, House.defaults());

        assertThat(result.brief()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.isError()).isTrue();
            assertThat(diagnostic.position()).isEqualTo(new SourcePosition(file.toString(), 6, 6));
            assertThat(diagnostic.message()).isEqualTo("the file is not UTF-8 text: byte 0xE9 at line 6, column 6");
            assertThat(diagnostic.fix()).isEqualTo("save the file as UTF-8");
        });
    }

    @Test
    void aByteOrderMarkAndValidMultiByteTextAreNotReported() throws IOException {
        Path file = folder.resolve("bom.md");
        Files.write(
                file,
                ("\uFEFF---\ntitle: \"Caf\u00e9s \uD83C\uDF0D\"\nlanguage: en\n---\n\nA caf\u00e9.\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(BriefReader.read(file, House.defaults()).diagnostics())
                .noneMatch(diagnostic -> diagnostic.message().contains("UTF-8"));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        return bytes;
    }

    private List<String> messages(String name) throws IOException {
        ReadResult result = read(name);
        assertThat(result.brief()).as(name).isEmpty();
        return result.diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::message)
                .toList();
    }

    private ReadResult read(String name) throws IOException {
        BadInput input = BadInputs.all().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow();
        Path file = folder.resolve(name);
        Files.write(file, input.bytes());
        return BriefReader.read(file, House.defaults());
    }
}
