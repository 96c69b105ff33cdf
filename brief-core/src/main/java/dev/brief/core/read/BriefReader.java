package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourceMap;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.house.House;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.language.Labels;
import dev.brief.core.language.QuoteTypesetter;
import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Publisher;
import dev.brief.core.read.yaml.YamlContext;
import dev.brief.core.read.yaml.YamlDocumentReader;
import dev.brief.core.read.yaml.YamlMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a brief: YAML front matter and a Markdown body, into the model, with a source map and every problem
 * found in one pass. The brief is returned only when there are no errors.
 */
public final class BriefReader {
    /** The keys a brief's front matter may hold, for tools that recognise front matter before reading it. */
    public static final Set<String> FRONT_MATTER_KEYS = FrontMatterReader.KEYS;

    /** Thread-safe: the container factory and the span processor keep no state, so briefs are read in parallel. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .customBlockParserFactory(new ContainerBlockParser.Factory())
            .linkProcessor(new BracketedSpanProcessor())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private BriefReader() {}

    /** Reads the file as UTF-8 (a BOM is skipped); bytes that are not UTF-8 are an error at their position. */
    public static ReadResult read(Path file, House house) {
        try {
            return read(SourceDecoder.decode(Files.readAllBytes(file)), file, house);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the brief " + file, e);
        }
    }

    /**
     * Reads a brief already in memory; {@code file} names it in diagnostics and its folder anchors image
     * paths.
     */
    public static ReadResult read(String content, Path file, House house) {
        String text = content.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        String name = file.toString();
        Optional<Diagnostic> notUtf8 = SourceDecoder.notUtf8(text, name);
        if (notUtf8.isPresent()) {
            // The rest of the file may be anything (a PDF saved as .md): one error that says what to do.
            return new ReadResult(Optional.empty(), SourceMap.empty(), List.of(notUtf8.get()));
        }
        Path folder = Optional.ofNullable(file.toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
        Diagnostics diagnostics = new Diagnostics();
        ControlCharacters.report(text, name, diagnostics);
        SplitSource source = SplitSource.split(text);
        FrontMatter frontMatter = frontMatter(source, name, folder, diagnostics);

        Node document = PARSER.parse(source.body());
        NodePositions positions = new NodePositions(name, source.body());
        Map<String, SourcePosition> sourceMap = new LinkedHashMap<>();
        NoteRegistry notes = new NoteRegistry(definitions(document), positions, diagnostics);
        InlineQuotes quotes = quotes(frontMatter, house);
        InlineConverter inlines = new InlineConverter(positions, diagnostics, notes, sourceMap, quotes);
        Labels labels = labels(frontMatter, house, diagnostics);
        Conversion conversion =
                new Conversion(positions, diagnostics, new IdAllocator(), notes, inlines, sourceMap, folder, labels);
        Outline outline = Outline.of(document, positions, diagnostics, labels);
        BriefAssembler.Body body = new BriefAssembler(conversion).assemble(outline, frontMatter);
        Optional<Publisher> publisher = new PublisherMerger(folder).merge(house, frontMatter, diagnostics);

        Optional<Brief> brief = diagnostics.hasErrors()
                ? Optional.empty()
                : Optional.of(new Brief(
                        titled(frontMatter.metadata(), quotes),
                        body.summary(),
                        body.lead(),
                        body.sections(),
                        body.notes(),
                        publisher));
        return new ReadResult(brief, new SourceMap(sourceMap), diagnostics.list());
    }

    /**
     * How the brief's straight quotation marks are set: as its language's typographic ones unless the front
     * matter, or else the house style, turns that off.
     */
    private static InlineQuotes quotes(FrontMatter frontMatter, House house) {
        boolean wanted = frontMatter.typographicQuotes().orElse(house.style().typographicQuotes());
        return wanted
                ? new InlineQuotes(Optional.of(
                        QuoteTypesetter.forLanguage(frontMatter.metadata().language())))
                : InlineQuotes.none();
    }

    /**
     * The metadata with the quotation marks of its prose set, as the body's are: titles, affiliations, bios.
     * Names, series, keywords and rights stay as typed (catalogues match them).
     */
    private static Metadata titled(Metadata metadata, InlineQuotes quotes) {
        List<Author> authors = metadata.authors().stream()
                .map(author -> new Author(
                        author.name(),
                        author.email(),
                        author.affiliation().map(quotes::typeset),
                        author.bio().map(quotes::typeset)))
                .toList();
        return new Metadata(
                quotes.typeset(metadata.title()),
                metadata.subtitle().map(quotes::typeset),
                metadata.shortTitle().map(quotes::typeset),
                metadata.series(),
                metadata.number(),
                metadata.date(),
                metadata.language(),
                authors,
                metadata.identifiers(),
                metadata.keywords(),
                metadata.rights());
    }

    /**
     * The brief's labels. A language without a bundle gets English ones, with a warning at its tag, unless
     * the house gives every label for it.
     */
    private static Labels labels(FrontMatter frontMatter, House house, Diagnostics diagnostics) {
        String language = frontMatter.metadata().language();
        LabelOverrides overrides = house.style().labels();
        // A malformed or missing tag is an error already; "und" (undetermined) names no language to want.
        boolean known = language.matches(FrontMatterReader.LANGUAGE_TAG) && !language.equals("und");
        if (known && Labels.bundleTag(language).isEmpty() && !overrides.coversAll(language)) {
            diagnostics.warning(
                    frontMatter.languagePosition(),
                    "the toolkit has no labels in `" + language + "`: the editions will say \"Summary\", \"Notes\","
                            + " \"Contents\" … in English",
                    "give them in the house file, under `labels:` then `" + language + ":` (see the house file"
                            + " documentation); bundled languages are " + String.join(", ", Labels.bundleTags()));
        }
        return Labels.of(language, overrides);
    }

    private static FrontMatter frontMatter(SplitSource source, String name, Path folder, Diagnostics diagnostics) {
        SourcePosition start = new SourcePosition(name, 1, 1);
        if (source.frontMatter().isEmpty()) {
            diagnostics.error(
                    start,
                    "the brief has no front matter",
                    "start the file with a line `---`, then `title: …` and `language: …`, then a line `---`");
            return placeholder(start);
        }
        if (!source.closed()) {
            diagnostics.error(
                    start, "the front matter is never closed", "end it with a line `---` before the body begins");
            return placeholder(start);
        }
        YamlContext context = new YamlContext(name, source.frontMatterFirstLine(), diagnostics);
        Optional<YamlMapping> yaml =
                YamlDocumentReader.read(source.frontMatter().get(), context, FrontMatterReader.KEYS, "front matter");
        return yaml.map(mapping -> FrontMatterReader.read(mapping, folder)).orElseGet(() -> placeholder(start));
    }

    /** Stands in for unreadable front matter (already reported) so that the body is still checked. */
    private static FrontMatter placeholder(SourcePosition start) {
        Optional<String> none = Optional.empty();
        Metadata metadata = new Metadata(
                "missing",
                none,
                none,
                none,
                none,
                Optional.empty(),
                "und",
                List.of(),
                Identifiers.none(),
                List.of(),
                none);
        return new FrontMatter(metadata, start, Optional.empty(), start, Optional.empty(), start, Optional.empty());
    }

    private static List<FootnoteDefinition> definitions(Node document) {
        List<FootnoteDefinition> definitions = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition) {
                    definitions.add((FootnoteDefinition) block);
                }
                visitChildren(block);
            }
        });
        return definitions;
    }
}
