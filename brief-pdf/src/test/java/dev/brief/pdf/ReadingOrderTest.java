package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.Publisher;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The text in structure order is the source text in source order: every source block is one structure
 * block with exactly its text (so no added hyphen, no page break and no side box inside it), in order.
 */
class ReadingOrderTest {
    /** A list item's or a note's label: a bullet or a number. */
    private static final Pattern LABEL = Pattern.compile("•|\\d+\\.");

    @Test
    void sampleReadsInSourceOrder() throws IOException {
        assertReadsInOrder(TestPdfs.sample());
    }

    @Test
    void kitchenSinkReadsInSourceOrder() throws IOException {
        assertReadsInOrder(TestPdfs.kitchenSink());
    }

    /** PDF/UA-2 maps the same plan differently (Title, Em, Strong, FENote, Aside); the text reads the same. */
    @Test
    void ua2SampleReadsInSourceOrder() throws IOException {
        assertReadsInOrder(TestPdfs.sampleUa2());
    }

    @Test
    void ua2KitchenSinkReadsInSourceOrder() throws IOException {
        assertReadsInOrder(TestPdfs.kitchenSinkUa2());
    }

    @Test
    void noLineEndHyphenSurvivesInTheText() throws IOException {
        List<String> reading = PdfInspection.of(TestPdfs.sample().bytes()).readingText();
        String all = TestPdfs.sample().brief().toString();
        for (String block : reading) {
            for (String word : block.split(" ")) {
                if (word.matches("\\p{L}+-\\p{L}+")) {
                    assertThat(all)
                            .as("hyphenated word %s comes from the source", word)
                            .contains(word);
                }
            }
        }
    }

    /**
     * The whole sequence, not a subsequence: an extra, a duplicated or a missing tagged block fails it as surely
     * as a block out of order. Besides the source text, the PDF tags what the writer adds: the masthead line
     * before the title, the author lines, the list and note labels, the notes heading and the colophon.
     */
    private static void assertReadsInOrder(TestPdfs.Written written) throws IOException {
        Brief brief = written.brief();
        List<String> reading = new ArrayList<>();
        for (String block : PdfInspection.of(written.bytes()).readingText()) {
            String text = SourceText.normalise(block);
            if (!LABEL.matcher(text).matches()) {
                reading.add(text);
            }
        }
        String title = SourceText.normalise(brief.metadata().title());
        assertThat(reading.indexOf(title))
                .as("blocks before the title (the masthead line); reading:%n%s", String.join("\n", reading))
                .isEqualTo(1);
        reading.remove(0);

        List<String> body = SourceText.blocks(brief);
        List<String> notes = SourceText.noteBlocks(brief);
        List<String> expected = new ArrayList<>(body.subList(0, body.size() - notes.size()));
        int afterTitles = brief.metadata().subtitle().isPresent() ? 2 : 1;
        List<String> authors = new ArrayList<>();
        for (Author author : brief.metadata().authors()) {
            authors.add(author.name()
                    + author.affiliation()
                            .map(affiliation -> ", " + affiliation)
                            .orElse("")
                    + author.email().map(email -> " " + email).orElse(""));
        }
        expected.addAll(afterTitles, authors);
        if (!notes.isEmpty()) {
            expected.add("Notes");
            expected.addAll(notes);
        }
        expected.addAll(colophon(brief));
        expected.replaceAll(SourceText::normalise);
        assertThat(reading).as("structure text blocks").containsExactlyElementsOf(expected);
    }

    /** The colophon's blocks in reading order: publisher's identity, identifiers, bios, the publisher's notes. */
    private static List<String> colophon(Brief brief) {
        List<String> blocks = new ArrayList<>();
        Optional<Publisher> publisher = brief.publisher();
        publisher.ifPresent(p -> {
            blocks.add(p.name());
            if (!p.address().isEmpty()) {
                blocks.add(String.join(" ", p.address()));
            }
            p.url().ifPresent(blocks::add);
        });
        Identifiers identifiers = brief.metadata().identifiers();
        if (!identifiers.isbns().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Isbn isbn : identifiers.isbns()) {
                // The print edition by its English label (both briefs here are in English), the others by name.
                String edition = isbn.edition() == Edition.PRINT
                        ? "print"
                        : isbn.edition().name();
                lines.add("ISBN " + isbn.value() + " (" + edition + ")");
            }
            blocks.add(String.join(" ", lines));
        }
        identifiers.doi().ifPresent(doi -> blocks.add("DOI " + doi));
        for (Author author : brief.metadata().authors()) {
            author.bio().ifPresent(blocks::add);
        }
        publisher.ifPresent(p -> {
            p.mission().ifPresent(blocks::add);
            p.disclaimer().ifPresent(blocks::add);
            p.mediaContact().ifPresent(blocks::add);
        });
        brief.metadata().rights().ifPresent(blocks::add);
        return blocks;
    }
}
