package dev.brief.pdf.plan;

import dev.brief.core.model.Author;
import dev.brief.core.model.Note;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Summary;
import dev.brief.pdf.tag.StructureNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a brief as planned, in reading order, with its block-level structure elements planned under the
 * Document element; each part goes to one region of the page grid.
 */
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

    /**
     * Page one's head: the masthead band, the title, the subtitle and the authors, with their elements: a P for
     * the masthead when it says anything, the H1 (inside Title) of the title, a P for the subtitle and for each
     * author.
     */
    record FrontMatter(
            Masthead masthead,
            String title,
            Optional<String> subtitle,
            List<Author> authors,
            Optional<StructureNode> mastheadElement,
            StructureNode titleElement,
            Optional<StructureNode> subtitleElement,
            List<StructureNode> authorElements)
            implements Part {
        public FrontMatter {
            Objects.requireNonNull(masthead, "masthead");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            authors = List.copyOf(authors);
            Objects.requireNonNull(mastheadElement, "mastheadElement");
            Objects.requireNonNull(titleElement, "titleElement");
            Objects.requireNonNull(subtitleElement, "subtitleElement");
            authorElements = List.copyOf(authorElements);
            if (authorElements.size() != authors.size()) {
                throw new IllegalArgumentException("one element per author");
            }
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

    /**
     * The summary panel, read after the front matter and drawn in page one's side column: a Summary element with
     * its H2 when the summary has a title, and a P (in an LI's LBody of a square-bulleted L) per point.
     */
    record SummaryPanel(
            Summary summary, StructureNode element, Optional<StructureNode> heading, List<StructureNode> points)
            implements Part {
        public SummaryPanel {
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(heading, "heading");
            points = List.copyOf(points);
            if (points.size() != summary.points().size()) {
                throw new IllegalArgumentException("one element per point");
            }
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
    record Body(List<PlannedBlock> lead, List<PlannedSection> sections) implements Part {
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

    /** The endnotes after the body: an Endnotes element, its H2 in the brief's language, one Note per note. */
    record Endnotes(String title, StructureNode element, StructureNode heading, List<PlannedNote> notes)
            implements Part {
        public Endnotes {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(heading, "heading");
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
     * back to (a note nothing refers to has no back link); its Note element with the note's /ID (PDF/UA-1 7.9),
     * the Lbl, and the note's blocks planned inside the Note.
     */
    record PlannedNote(
            Note note,
            String label,
            Optional<String> firstReference,
            StructureNode element,
            StructureNode labelElement,
            List<PlannedBlock> blocks) {
        public PlannedNote {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(firstReference, "firstReference");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(labelElement, "labelElement");
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The publisher colophon closing the brief, one block at the foot of the last page: a Colophon element
     * holding the logo's Figure, the paragraphs of the publisher's identity for the side column, then the main
     * column's paragraphs, read in that order.
     */
    record Colophon(
            StructureNode element,
            Optional<Publisher.Logo> logo,
            Optional<StructureNode> logoElement,
            List<ColophonParagraph> side,
            List<ColophonParagraph> main)
            implements Part {
        public Colophon {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(logo, "logo");
            Objects.requireNonNull(logoElement, "logoElement");
            if (logo.isPresent() != logoElement.isPresent()) {
                throw new IllegalArgumentException("a logo has a Figure element, and only a logo");
            }
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
     * One paragraph of the colophon: what it is (which decides its type and spacing), its lines, the address
     * the whole paragraph links to, if any, and its P element.
     */
    record ColophonParagraph(Kind kind, List<String> lines, Optional<String> target, StructureNode element) {
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
            Objects.requireNonNull(element, "element");
        }
    }
}
