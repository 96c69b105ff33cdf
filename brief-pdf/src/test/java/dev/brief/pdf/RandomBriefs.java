package dev.brief.pdf;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Briefs made from a seed: sections and subsections of paragraphs of varied length (long words that must
 * hyphenate, emphasis, links, note references), lists, quotes, pull quotes and an about box, so that page
 * breaks, asides and hyphens fall in many different places.
 */
final class RandomBriefs {
    private static final String[] WORDS = {
        "city",
        "data",
        "trust",
        "residents",
        "public",
        "interest",
        "governance",
        "accountability",
        "infrastructure",
        "interoperability",
        "responsibilities",
        "representative",
        "transparency",
        "the",
        "of",
        "and",
        "a",
        "to",
        "in",
        "decisions",
        "stewardship",
        "procurement",
        "contracts",
        "neighbourhood",
        "participation",
        "independent",
        "recommendations",
        "administrative",
        "budget",
    };
    private final Random random;
    private int paragraphs;
    private int lists;
    private int items;
    private int quotes;
    private int pullQuotes;
    private int sections;
    private final List<Note> notes = new ArrayList<>();

    private RandomBriefs(long seed) {
        this.random = new Random(seed);
    }

    static Brief generate(long seed) {
        return new RandomBriefs(seed).brief();
    }

    private Brief brief() {
        Metadata metadata = new Metadata(
                sentence(3, 9).replace(".", ""),
                Optional.of(sentence(4, 8)),
                Optional.empty(),
                Optional.of("Random Series"),
                Optional.of(Integer.toString(random.nextInt(99) + 1)),
                Optional.of(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28))),
                "en",
                List.of(Author.named("Ada Example")),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        List<Summary.SummaryPoint> points = new ArrayList<>();
        for (int i = 1; i <= 1 + random.nextInt(4); i++) {
            points.add(new Summary.SummaryPoint("summary-" + i, List.of(new Inline.Text(sentence(8, 30)))));
        }
        Summary summary = new Summary("summary", List.of(new Inline.Text("Summary")), points);
        List<Block> lead = List.of(paragraph());
        List<Section> top = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            top.add(section(2));
        }
        return new Brief(metadata, Optional.of(summary), lead, top, notes, Optional.empty());
    }

    private Section section(int level) {
        String id = "sec-" + (++sections);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                blocks.add(paragraph());
            } else if (kind < 8) {
                blocks.add(list());
            } else if (kind < 9) {
                blocks.add(new Block.Quote("quote-" + (++quotes), List.of(paragraph()), Optional.empty()));
            } else {
                blocks.add(new Block.PullQuote(
                        "pullquote-" + (++pullQuotes), List.of(new Inline.Text(sentence(6, 16))), Optional.empty()));
            }
        }
        List<Section> subsections = new ArrayList<>();
        if (level < 4 && random.nextInt(3) == 0) {
            subsections.add(section(level + 1));
        }
        return new Section(id, level, List.of(new Inline.Text(sentence(2, 6).replace(".", ""))), blocks, subsections);
    }

    private Block.ListBlock list() {
        List<Block.ListItem> entries = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            entries.add(new Block.ListItem("li-" + (++items), List.of(paragraph())));
        }
        return new Block.ListBlock("list-" + (++lists), random.nextBoolean(), 1, entries);
    }

    private Block.Paragraph paragraph() {
        String id = "p-" + (++paragraphs);
        List<Inline> inlines = new ArrayList<>();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(8);
            String text = sentence(4, 40) + " ";
            if (kind == 0) {
                inlines.add(new Inline.Emphasis(List.of(new Inline.Text(text))));
            } else if (kind == 1) {
                inlines.add(new Inline.Link("https://example.org/" + i, "", List.of(new Inline.Text(text.strip()))));
                inlines.add(new Inline.Text(" "));
            } else if (kind == 2) {
                inlines.add(new Inline.LanguageSpan("fr", List.of(new Inline.Text(text))));
            } else {
                inlines.add(new Inline.Text(text));
            }
        }
        if (random.nextInt(3) == 0) {
            String noteId = "note-" + (notes.size() + 1);
            inlines.add(new Inline.NoteRef("ref-" + (notes.size() + 1) + "-1", noteId));
            notes.add(new Note(
                    noteId,
                    notes.size() + 1,
                    List.of(new Block.Paragraph(
                            "p-n" + (notes.size() + 1), List.of(new Inline.Text(sentence(5, 20)))))));
        }
        return new Block.Paragraph(id, inlines);
    }

    private String sentence(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(i == count - 1 ? "." : " ");
        }
        return text.toString();
    }
}
