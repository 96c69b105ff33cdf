package dev.brief.pdf.plan;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Note;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One part of a brief as planned, in reading order; each goes to one region of the page grid. */
public sealed interface Part {

    /** The streams the paginator fills: page one's head across both columns, the side column, the main column. */
    enum Region {
        HEAD,
        SIDE,
        MAIN
    }

    Region region();

    <R> R accept(Visitor<R> visitor);

    /** One method per part, so a new part cannot be laid out by nobody. */
    interface Visitor<R> {
        R frontMatter(FrontMatter frontMatter);

        R summary(SummaryPanel summary);

        R body(Body body);

        R endnotes(Endnotes endnotes);

        R colophon(Colophon colophon);
    }

    /** Page one's head: the masthead band, the title, the subtitle and the authors. */
    record FrontMatter(Masthead masthead, String title, Optional<String> subtitle, List<Author> authors)
            implements Part {
        public FrontMatter {
            Objects.requireNonNull(masthead, "masthead");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            authors = List.copyOf(authors);
        }

        @Override
        public Region region() {
            return Region.HEAD;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.frontMatter(this);
        }
    }

    /**
     * The masthead's words: the series, printed at the start edge, and the details (issue number, date) in the
     * brief's language, printed at the end edge. Nothing is tagged when both are empty.
     */
    record Masthead(Optional<String> series, List<String> details) {
        public Masthead {
            Objects.requireNonNull(series, "series");
            details = List.copyOf(details);
        }

        public boolean isEmpty() {
            return series.isEmpty() && details.isEmpty();
        }
    }

    /** The summary panel, read after the front matter and drawn in page one's side column. */
    record SummaryPanel(Summary summary) implements Part {
        public SummaryPanel {
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public Region region() {
            return Region.SIDE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.summary(this);
        }
    }

    /** The lead and the sections; their asides are read in place and drawn in the side column. */
    record Body(List<Block> lead, List<Section> sections) implements Part {
        public Body {
            lead = List.copyOf(lead);
            sections = List.copyOf(sections);
        }

        @Override
        public Region region() {
            return Region.MAIN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.body(this);
        }
    }

    /** The endnotes after the body, under a heading in the brief's language. */
    record Endnotes(String title, List<PlannedNote> notes) implements Part {
        public Endnotes {
            Objects.requireNonNull(title, "title");
            notes = List.copyOf(notes);
        }

        @Override
        public Region region() {
            return Region.MAIN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.endnotes(this);
        }
    }

    /**
     * A note with its printed label and the id of its first reference in reading order, where the label links
     * back to; a note nothing refers to has no back link.
     */
    record PlannedNote(Note note, String label, Optional<String> firstReference) {
        public PlannedNote {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(firstReference, "firstReference");
        }
    }

    /**
     * The publisher colophon closing the brief, one block at the foot of the last page: the logo and the
     * publisher's identity for the side column, then the main column's paragraphs, read in that order.
     */
    record Colophon(Optional<Publisher.Logo> logo, List<ColophonParagraph> side, List<ColophonParagraph> main)
            implements Part {
        public Colophon {
            Objects.requireNonNull(logo, "logo");
            side = List.copyOf(side);
            main = List.copyOf(main);
        }

        @Override
        public Region region() {
            return Region.MAIN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.colophon(this);
        }
    }

    /**
     * One paragraph of the colophon: what it is (which decides its type and spacing), its lines, and the
     * address the whole paragraph links to, if any.
     */
    record ColophonParagraph(Kind kind, List<String> lines, Optional<String> target) {
        public enum Kind {
            PUBLISHER_NAME,
            ADDRESS,
            WEB_ADDRESS,
            ISBNS,
            DOI,
            AUTHOR_NOTE,
            MISSION,
            DISCLAIMER,
            MEDIA_CONTACT,
            RIGHTS
        }

        public ColophonParagraph {
            Objects.requireNonNull(kind, "kind");
            lines = List.copyOf(lines);
            Objects.requireNonNull(target, "target");
        }
    }
}
