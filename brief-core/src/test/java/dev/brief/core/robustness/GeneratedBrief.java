package dev.brief.core.robustness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Composes one brief's source from {@link PolicyProse}: front matter, summary, sections, notes. */
final class GeneratedBrief {
    private final PolicyProse prose;
    private final int number;
    private final int targetWords;
    private final int noteCount;
    private final StringBuilder out = new StringBuilder();
    private int words;
    private int nextNote = 1;
    private int expectedParagraphs;

    GeneratedBrief(PolicyProse prose, int number, CatalogueWriter.Shape shape) {
        this.prose = prose;
        this.number = number;
        this.targetWords = prose.between(shape.minWords(), shape.maxWords());
        this.noteCount = prose.between(shape.minNotes(), shape.maxNotes());
        this.expectedParagraphs = Math.max(1, targetWords / 80);
    }

    String source() {
        String topic = prose.topic();
        out.append("---\n")
                .append("title: \"")
                .append(topic)
                .append(": Choices for the Next Decade\"\n")
                .append("subtitle: \"Brief ")
                .append(number)
                .append(" of the generated catalogue\"\n")
                .append("series: \"Harbourline Briefs\"\n")
                .append("number: \"")
                .append(number)
                .append("\"\n")
                .append(String.format("date: 2026-%02d-%02d%n", 1 + number % 12, 1 + number % 28))
                .append("language: en\n")
                .append("authors:\n");
        int authors = prose.between(1, 3);
        for (int i = 0; i < authors; i++) {
            out.append("  - name: \"")
                    .append(prose.name())
                    .append(i == 0 ? "" : " " + (char) ('A' + i))
                    .append("\"\n    affiliation: \"Harbourline Centre for Public Finance\"\n");
        }
        out.append("keywords:\n  - ")
                .append(topic.toLowerCase())
                .append("\n  - public finance\n")
                .append("rights: \"Generated text for testing; no rights reserved.\"\n")
                .append("---\n\n## Summary\n\n");
        for (int i = prose.between(3, 5); i > 0; i--) {
            out.append("- ").append(prose.point()).append('\n');
        }
        List<String> headings = new ArrayList<>(List.of(
                "Background",
                "What the evidence shows",
                "Where current policy falls short",
                "Costs and benefits",
                "Lessons from abroad",
                "Options for reform",
                "Risks and safeguards",
                "Implementation",
                "Measuring progress",
                "Legal questions"));
        Collections.shuffle(headings, new java.util.Random(number));
        boolean figure = prose.chance(0.4);
        boolean table = prose.chance(0.4);
        out.append("\n## Introduction\n\n");
        paragraph();
        pullQuote();
        paragraph();
        for (int section = 0; words < targetWords - 200 && section < headings.size(); section++) {
            out.append("## ").append(headings.get(section)).append("\n\n");
            for (int i = prose.between(2, 5); i > 0 && words < targetWords - 200; i--) {
                paragraph();
            }
            if (prose.chance(0.5)) {
                list();
            }
            if (prose.chance(0.3)) {
                out.append("### ").append(prose.heading()).append(" in detail\n\n");
                paragraph();
                paragraph();
            }
            if (figure && section == 1) {
                figure();
            }
            if (table && section == 2) {
                table();
            }
        }
        out.append("## Conclusion\n\n");
        paragraph();
        conclusion();
        about();
        notes();
        return out.toString();
    }

    private void paragraph() {
        StringBuilder paragraph = new StringBuilder();
        for (int i = prose.between(3, 7); i > 0; i--) {
            String sentence = prose.sentence();
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence);
            words += PolicyProse.words(sentence);
        }
        if (nextNote <= noteCount && prose.chance(Math.min(1.0, 1.5 * noteCount / expectedParagraphs))) {
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append(",[^n").append(nextNote++).append("] as the record shows.");
        }
        out.append(paragraph).append("\n\n");
    }

    /** The last paragraph refers to every note not referred to yet, so that each note has a reference. */
    private void conclusion() {
        StringBuilder paragraph = new StringBuilder(prose.sentence());
        words += PolicyProse.words(paragraph.toString());
        paragraph.setLength(paragraph.length() - 1);
        while (nextNote <= noteCount) {
            paragraph.append("[^n").append(nextNote++).append(']');
        }
        out.append(paragraph).append(".\n\n");
    }

    private void list() {
        for (int i = prose.between(3, 6); i > 0; i--) {
            String point = prose.point();
            words += PolicyProse.words(point);
            out.append("- ").append(point).append('\n');
        }
        out.append('\n');
    }

    private void pullQuote() {
        out.append("::: pullquote\n“")
                .append(prose.point())
                .append("”\n\n— ")
                .append(prose.name())
                .append("\n:::\n\n");
    }

    private void figure() {
        out.append("![Bar chart: spending on the programme rises in each of the five years shown.](figure.png)\n")
                .append("Programme spending by year, in millions. Generated figures.\n\n");
    }

    private void table() {
        out.append("| Option | Cost | Who decides | Main risk |\n| :-- | --: | :-- | :-- |\n");
        for (int row = 1; row <= prose.between(3, 6); row++) {
            out.append("| Option ")
                    .append(row)
                    .append(" | ")
                    .append(prose.between(5, 900))
                    .append(" million | ")
                    .append(prose.pick(List.of("The ministry", "Regional boards", "A new agency", "Councils")))
                    .append(" | ")
                    .append(prose.pick(List.of("Delay", "Capture", "Cost overrun", "Low uptake")))
                    .append(" |\n");
        }
        out.append("\nTable: Reform options compared by cost, decision-maker and main risk.\n\n");
    }

    private void about() {
        out.append("::: about \"About this brief\"\n")
                .append("This brief was generated to test the Brief toolkit. Its institute, authors and figures are"
                        + " invented.\n:::\n\n");
    }

    private void notes() {
        for (int note = 1; note <= noteCount; note++) {
            out.append("[^n")
                    .append(note)
                    .append("]: ")
                    .append(prose.name())
                    .append(", *")
                    .append(prose.topic())
                    .append(" Review*, Working Paper ")
                    .append(prose.between(1, 60))
                    .append(" (20")
                    .append(prose.between(10, 25))
                    .append("), <https://example.org/papers/")
                    .append(number)
                    .append('/')
                    .append(note)
                    .append(">.\n\n");
        }
    }
}
