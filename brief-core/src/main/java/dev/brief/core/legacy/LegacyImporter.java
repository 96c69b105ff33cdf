package dev.brief.core.legacy;

import dev.brief.core.read.SourceDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Converts a brief extracted from a published PDF ("legacy" Markdown: no front matter, superscript note
 * numbers, a notes list, an about box dropped wherever the page put it) into the Brief source format, and
 * reports every inference and repair as a warning positioned in the legacy file.
 *
 * <p>The importer never drops text: every word of the input is in the output once, except the markup it
 * consumed (see {@code docs/import.md}).
 */
public final class LegacyImporter {
    /** A brief without a stated language is assumed to be in English; the warning says how to change it. */
    static final String DEFAULT_LANGUAGE = "en";

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?\\s*---[ \\t]*\\r?\\n");
    private static final List<Pattern> LEGACY_SIGNS = List.of(
            Pattern.compile("<sup>\\s*[0-9]"),
            Pattern.compile("(?im)^#{1,6}\\s+(end\\s*)?notes\\s*$"),
            Pattern.compile("(?im)^#{1,6}\\s+about\\s+(this|the)\\s+\\w+"),
            Pattern.compile("(?im)^\\s*e?-?isbn\\b"),
            Pattern.compile("(?im)^\\s*e-?mail\\s*:|\\(mailto:"),
            Pattern.compile("\\\\\\$|\\\\\\\\_|&(amp|#39|quot|nbsp);"));

    private LegacyImporter() {}

    /** True when {@code content} has no front matter and shows the patterns PDF extraction leaves. */
    public static boolean looksLegacy(String content) {
        if (FRONT_MATTER.matcher(content).lookingAt()) {
            return false;
        }
        return LEGACY_SIGNS.stream().anyMatch(sign -> sign.matcher(content).find());
    }

    public static ImportResult convert(Path file) {
        try {
            // Bytes that are not UTF-8 pass through as escapes; the reader then reports the first one.
            return convert(SourceDecoder.decode(Files.readAllBytes(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Converts {@code content}; {@code file} names the input in diagnostics and gives a title if none is found. */
    public static ImportResult convert(String content, Path file) {
        RepairLog log = new RepairLog(file.toString());
        if (FRONT_MATTER.matcher(content).lookingAt()) {
            log.warn(
                    1,
                    "the file starts with front matter: it is already in the source format; left unchanged",
                    "nothing to import; build it as it is");
            return new ImportResult(content, log.list());
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> input = Arrays.asList(text.split("\\r?\\n|\\r", -1));
        List<String> lines = ExtractionCleaner.clean(input, log);
        List<LegacyBlock> blocks = new ArrayList<>(
                ContentsListRemover.remove(PageFurnitureSweeper.sweep(BlockSplitter.split(lines), log), log));

        Masthead masthead = MastheadReader.read(blocks, file, log);
        Colophon colophon = ColophonReader.read(blocks, log);
        int notesLine = blocks.isEmpty() ? 1 : blocks.get(blocks.size() - 1).line();
        List<LegacyNote> notes = new ArrayList<>(NotesReader.read(blocks, log));
        notes.addAll(FootnoteGatherer.gather(blocks, log));
        if (!notes.isEmpty()) {
            notesLine = notes.get(0).line();
        }

        List<LegacyBlock> body = new ArrayList<>(masthead.keptLines());
        body.addAll(blocks);
        DateLineReader.Dated dated = DateLineReader.read(body, log);
        body = dated.blocks();
        // before any block moves or joins, while every line is where the input has it
        NoteReferenceLinker linker = new NoteReferenceLinker(log, input);
        body = linker.link(body);
        body = InlineHtmlRewriter.rewrite(body, log);
        body = linkBareUrls(body, log);
        body = DropCapJoiner.join(body, log);
        body = ListItemRepairer.repair(body, log);
        body = ImplicitHeadingFinder.find(body, log);
        body = SplitRowRejoiner.rejoin(body, log);
        body = TableJoiner.join(body, log);
        body = BoxRecogniser.recognise(body, log);
        body = ReadingOrderRepairer.repair(body, log);
        BackMatterReader.BackMatter back =
                BackMatterReader.read(body, colophon.name().isPresent(), log);
        body = back.body();
        masthead = withAuthors(masthead, back.authors());
        colophon = withDisclaimer(colophon, back);
        body = withoutRules(body, log);
        body = HeadingLeveller.level(body, log);
        body = LeadGatherer.gather(body, log);
        if (colophon.hasPublisher() && colophon.name().isEmpty()) {
            body = new ArrayList<>(body);
            body.addAll(unnamedPublisher(colophon, notesLine, log));
            colophon = colophon.withoutPublisher();
        }
        List<LegacyNote> linkedNotes = cleanNotes(notes, log);
        linker.check(linkedNotes, notesLine);
        body = linker.withoutDangling(body, linkedNotes);

        log.warn(
                1,
                "the legacy text does not say its language; set `language: " + DEFAULT_LANGUAGE + "`",
                "change `language:` in the front matter to the brief's BCP 47 tag (for example en-GB, fr, es)");
        if (colophon.hasPublisher()) {
            log.warn(
                    1,
                    "wrote the colophon's publisher data into the brief's front matter",
                    "if the publisher has a house file, move `publisher:` there and delete it here");
        }
        String source = FrontMatterWriter.write(masthead, colophon, DEFAULT_LANGUAGE, dated.date()) + "\n"
                + SourceWriter.body(body, linkedNotes);
        return new ImportResult(source, log.list());
    }

    /** The back matter's authors join the masthead's; one named in both gets the details it lacked. */
    private static Masthead withAuthors(Masthead masthead, List<LegacyAuthor> found) {
        List<LegacyAuthor> authors = new ArrayList<>(masthead.authors());
        for (LegacyAuthor author : found) {
            int known = -1;
            for (int i = 0; i < authors.size(); i++) {
                known = authors.get(i).name().equalsIgnoreCase(author.name()) ? i : known;
            }
            if (known < 0) {
                authors.add(author);
            } else {
                authors.set(known, authors.get(known).completedBy(author));
            }
        }
        return new Masthead(
                masthead.title(),
                masthead.subtitle(),
                masthead.series(),
                masthead.number(),
                authors,
                masthead.keptLines());
    }

    /** A disclaimer found in the back matter goes to the colophon, with the publisher it names if none is known. */
    private static Colophon withDisclaimer(Colophon colophon, BackMatterReader.BackMatter back) {
        if (back.disclaimer().isEmpty() || colophon.disclaimer().isPresent()) {
            return colophon;
        }
        return new Colophon(
                colophon.name().or(back::publisher),
                colophon.address(),
                colophon.url(),
                colophon.mission(),
                back.disclaimer(),
                colophon.mediaContact(),
                colophon.rights(),
                colophon.isbns());
    }

    /**
     * Publisher data without the publisher's name cannot go to the front matter (a publisher needs a name): its
     * lines go back to the end of the body, where the page had them, so that the brief builds and nothing is lost.
     */
    private static List<LegacyBlock> unnamedPublisher(Colophon colophon, int line, RepairLog log) {
        List<String> lines = new ArrayList<>(colophon.address());
        colophon.url().ifPresent(lines::add);
        colophon.mission().ifPresent(lines::add);
        colophon.disclaimer().ifPresent(lines::add);
        colophon.mediaContact().ifPresent(lines::add);
        log.warn(
                line,
                "kept the colophon's lines at the end of the body: they name no publisher",
                "add `publisher:` with `name:` to the front matter (or a house file) and move the lines there");
        return lines.stream()
                .map(text -> LegacyBlock.paragraph(line, List.of(text)))
                .toList();
    }

    /** Thematic breaks in extracted text mark where a page ended; the model has no rule, and reading needs none. */
    private static List<LegacyBlock> withoutRules(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> kept = new ArrayList<>();
        for (LegacyBlock block : blocks) {
            if (block.is(LegacyBlock.Kind.RULE)) {
                log.warn(
                        block.line(),
                        "dropped this thematic break (a page-break mark of the extraction)",
                        "if it separated two parts on purpose, start the second part with a heading");
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    private static List<LegacyBlock> linkBareUrls(List<LegacyBlock> blocks, RepairLog log) {
        return LegacyBlock.rewriteLines(
                blocks,
                (line, number) -> BareUrlLinker.link(
                        BrokenUrlJoiner.join(GluedBoldSpacer.line(line, number, log), number, log), number, log));
    }

    private static List<LegacyNote> cleanNotes(List<LegacyNote> notes, RepairLog log) {
        List<LegacyNote> out = new ArrayList<>();
        for (LegacyNote note : notes) {
            List<String> paragraphs = note.paragraphs().stream()
                    .map(paragraph -> InlineHtmlRewriter.line(paragraph, note.line(), log))
                    .map(paragraph -> BrokenUrlJoiner.join(paragraph, note.line(), log))
                    .map(paragraph -> BareUrlLinker.link(paragraph, note.line(), log))
                    .toList();
            out.add(new LegacyNote(note.label(), note.line(), paragraphs));
        }
        return out;
    }
}
