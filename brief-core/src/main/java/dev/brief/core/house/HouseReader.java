package dev.brief.core.house;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.model.Publisher;
import dev.brief.core.read.SourceDecoder;
import dev.brief.core.read.yaml.YamlContext;
import dev.brief.core.read.yaml.YamlDocumentReader;
import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a house file: {@code publisher:} (the colophon shared by a publisher's briefs), {@code style:}
 * (accent colour, page size, fonts, typography) and {@code labels:} (words the editions print, in place of the bundled
 * ones). Paths in it are relative to the file's folder and come out absolute.
 */
public final class HouseReader {
    static final Set<String> KEYS = Set.of("publisher", "style", "labels");
    static final Set<String> STYLE_KEYS = Set.of("accent-color", "page-size", "fonts", "typography", "pdf-standard");

    private HouseReader() {}

    public static HouseResult read(Path yamlFile) {
        String text;
        try {
            text = SourceDecoder.decode(Files.readAllBytes(yamlFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the house file " + yamlFile, e);
        }
        return read(text, yamlFile);
    }

    /** Reads house YAML already in memory; {@code yamlFile} names it and anchors its relative paths. */
    public static HouseResult read(String text, Path yamlFile) {
        Optional<Diagnostic> notUtf8 = SourceDecoder.notUtf8(text, yamlFile.toString());
        if (notUtf8.isPresent()) {
            return new HouseResult(Optional.empty(), List.of(notUtf8.get()));
        }
        Diagnostics diagnostics = new Diagnostics();
        YamlContext context = new YamlContext(yamlFile.toString(), 1, diagnostics);
        Path folder = yamlFile.toAbsolutePath().getParent();
        Optional<YamlMapping> root = YamlDocumentReader.read(text, context, KEYS, "house file");
        Optional<Publisher> publisher = Optional.empty();
        HouseStyle style = HouseStyle.defaults();
        if (root.isPresent()) {
            Optional<YamlMapping> publisherGroup = root.get().mapping("publisher", PublisherReader.KEYS);
            if (publisherGroup.isPresent()) {
                PublisherFields fields = PublisherReader.read(publisherGroup.get(), folder);
                if (fields.name().isEmpty() && !publisherGroup.get().has("name")) {
                    diagnostics.error(
                            root.get().keyPosition("publisher"),
                            "the publisher has no name",
                            "add `name: Your Institute` under `publisher:`");
                }
                publisher = fields.toPublisher(source -> source);
            }
            Optional<YamlMapping> styleGroup = root.get().mapping("style", STYLE_KEYS);
            if (styleGroup.isPresent()) {
                style = style(styleGroup.get(), folder, diagnostics);
            }
            Optional<YamlValue> labels = root.get().value("labels");
            if (labels.isPresent()) {
                style = style.withLabels(LabelsReader.read(labels.get()));
            }
        }
        return new HouseResult(
                diagnostics.hasErrors() ? Optional.empty() : Optional.of(new House(publisher, style)),
                diagnostics.list());
    }

    private static HouseStyle style(YamlMapping style, Path folder, Diagnostics diagnostics) {
        String accent = HouseStyle.DEFAULT_ACCENT;
        Optional<String> color = style.text("accent-color");
        if (color.isPresent()) {
            String lower = color.get().toLowerCase(Locale.ROOT);
            SourcePosition at = style.keyPosition("accent-color");
            if (!lower.matches("#[0-9a-f]{6}")) {
                diagnostics.error(
                        at,
                        "the accent colour `" + color.get() + "` is not a #rrggbb colour",
                        "write six hexadecimal digits in quotes, e.g. `accent-color: \"#1b5e7a\"`");
            } else {
                double ratio = ContrastRatio.onWhite(Integer.parseInt(lower.substring(1), 16));
                if (ratio < ContrastRatio.AA_TEXT) {
                    diagnostics.error(
                            at,
                            String.format(
                                    Locale.ROOT,
                                    "the accent colour %s has a contrast of %.2f:1 on white; text in it fails"
                                            + " WCAG 2.2 AA, which asks for 4.5:1",
                                    lower,
                                    ratio),
                            "choose a darker colour");
                } else {
                    accent = lower;
                }
            }
        }
        PageSize pageSize = PageSize.LETTER;
        Optional<String> size = style.text("page-size");
        if (size.isPresent()) {
            try {
                pageSize = PageSize.valueOf(size.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                diagnostics.error(
                        style.keyPosition("page-size"), "unknown page size `" + size.get() + "`", "use LETTER or A4");
            }
        }
        PdfStandard pdfStandard = PdfStandard.UA1;
        Optional<String> standard = style.text("pdf-standard");
        if (standard.isPresent()) {
            Optional<PdfStandard> named = PdfStandard.named(standard.get());
            if (named.isPresent()) {
                pdfStandard = named.get();
            } else {
                diagnostics.error(
                        style.keyPosition("pdf-standard"),
                        "unknown PDF standard `" + standard.get() + "`",
                        "use one of " + PdfStandard.validValues() + " (ua1: PDF/UA-1 and PDF/A-2a; ua2: PDF/UA-2,"
                                + " PDF/A-4 and WTPDF)");
            }
        }
        FontsReader fonts = new FontsReader(folder, diagnostics);
        Optional<YamlMapping> fontGroup = style.mapping("fonts", FontsReader.FAMILIES);
        boolean quotes = style.mapping("typography", TypographyReader.KEYS)
                .flatMap(TypographyReader::quotes)
                .orElse(true);
        return new HouseStyle(
                accent,
                pageSize,
                fontGroup.flatMap(group -> fonts.family(group, "serif")),
                fontGroup.flatMap(group -> fonts.family(group, "sans")),
                LabelOverrides.none(),
                quotes,
                pdfStandard);
    }
}
