package dev.brief.core.house;

import dev.brief.core.language.LabelOverrides;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a publisher's briefs look. {@code accentColor} is {@code #rrggbb} (lower case) and has at least 4.5:1
 * contrast on white, so text set in it passes WCAG 2.2 AA; the house reader checks that and reports it.
 * Absent fonts mean the toolkit's own. {@code labels} are the words the house puts in place of the bundled
 * labels (its house style of wording: "Key points" for "Summary"). {@code typographicQuotes} false keeps the
 * straight quotation marks and apostrophes of its briefs' sources (a brief's front matter may say otherwise).
 * {@code pdfStandard} is the standard its PDF editions are written to ({@code style.pdf-standard}).
 */
public record HouseStyle(
        String accentColor,
        PageSize pageSize,
        Optional<FontFamily> serif,
        Optional<FontFamily> sans,
        LabelOverrides labels,
        boolean typographicQuotes,
        PdfStandard pdfStandard) {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    /** The toolkit's accent colour: a dark blue with 9:1 contrast on white. */
    public static final String DEFAULT_ACCENT = "#1f4e79";

    public HouseStyle {
        Objects.requireNonNull(accentColor, "accentColor");
        if (!COLOR.matcher(accentColor).matches()) {
            throw new IllegalArgumentException("accent colour must be #rrggbb in lower case: " + accentColor);
        }
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(serif, "serif");
        Objects.requireNonNull(sans, "sans");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(pdfStandard, "pdfStandard");
    }

    /** A style whose PDF edition is PDF/UA-1 and PDF/A-2a. */
    public HouseStyle(
            String accentColor,
            PageSize pageSize,
            Optional<FontFamily> serif,
            Optional<FontFamily> sans,
            LabelOverrides labels,
            boolean typographicQuotes) {
        this(accentColor, pageSize, serif, sans, labels, typographicQuotes, PdfStandard.UA1);
    }

    /** A style that sets typographic quotation marks. */
    public HouseStyle(
            String accentColor,
            PageSize pageSize,
            Optional<FontFamily> serif,
            Optional<FontFamily> sans,
            LabelOverrides labels) {
        this(accentColor, pageSize, serif, sans, labels, true);
    }

    /** A style that keeps the bundled labels. */
    public HouseStyle(String accentColor, PageSize pageSize, Optional<FontFamily> serif, Optional<FontFamily> sans) {
        this(accentColor, pageSize, serif, sans, LabelOverrides.none());
    }

    public static HouseStyle defaults() {
        return new HouseStyle(DEFAULT_ACCENT, PageSize.LETTER, Optional.empty(), Optional.empty());
    }

    /** This style on another page size. */
    public HouseStyle withPageSize(PageSize otherPageSize) {
        return new HouseStyle(accentColor, otherPageSize, serif, sans, labels, typographicQuotes, pdfStandard);
    }

    /** This style with other labels. */
    public HouseStyle withLabels(LabelOverrides otherLabels) {
        return new HouseStyle(accentColor, pageSize, serif, sans, otherLabels, typographicQuotes, pdfStandard);
    }

    /** This style, setting typographic quotation marks or not. */
    public HouseStyle withTypographicQuotes(boolean quotes) {
        return new HouseStyle(accentColor, pageSize, serif, sans, labels, quotes, pdfStandard);
    }

    /** This style, writing its PDF edition to another standard. */
    public HouseStyle withPdfStandard(PdfStandard standard) {
        return new HouseStyle(accentColor, pageSize, serif, sans, labels, typographicQuotes, standard);
    }

    /** The accent colour as 0xRRGGBB. */
    public int accentRgb() {
        return Integer.parseInt(accentColor.substring(1), 16);
    }
}
