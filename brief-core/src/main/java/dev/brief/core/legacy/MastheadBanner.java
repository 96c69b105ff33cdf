package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher's banner a converter finds above the title: the product type set in bold at the start of the
 * audience line ({@code **CRS INSIGHT** Prepared for Members and Committees of Congress}), the audience line itself,
 * also when a line break cut it, and the logo's text ({@code INSIGHTi}: the product type with the logo's glyph run
 * into it). It is the template's, not the brief's: every edition prints its own masthead. One banner is read per
 * brief, line by line, so that a cut audience line and the logo after it are known by what came before.
 */
final class MastheadBanner {
    /**
     * How a publisher's audience line opens. These are the only publisher phrases the importer knows: a line
     * above the title that starts with one of them is banner, not text.
     */
    static final List<String> AUDIENCE_PHRASES =
            List.of("prepared for", "produced for", "written for", "published for", "a briefing for", "a report for");
    /** A bold phrase of at most four words opening the line, without final punctuation. */
    private static final Pattern PRODUCT_TYPE = Pattern.compile("^\\*\\*([^*.:;,!?]{1,40})\\*\\*\\s*(.*)$");
    /** Words an audience line cannot end on: the line break cut it, and the next line goes on with it. */
    private static final Pattern OPEN_END = Pattern.compile("(?i).*\\b(and|or|of|for|the|to|in|on|by)$");

    private final RepairLog log;
    private final List<String> productTypes = new ArrayList<>();
    private boolean audienceOpen;

    MastheadBanner(RepairLog log) {
        this.log = log;
    }

    /**
     * What is left of a line above the title once its banner is dropped: the whole line, or nothing when it is
     * all banner. Each dropped part is reported.
     */
    String rest(String line, int lineNumber) {
        String text = line.strip();
        Matcher product = PRODUCT_TYPE.matcher(text);
        if (product.matches() && product.group(1).strip().split("\\s+").length <= 4 && isAudience(product.group(2))) {
            productTypes.add(product.group(1).strip().toLowerCase(Locale.ROOT));
            drop(product.group(1).strip(), lineNumber);
            text = product.group(2).strip();
        }
        String plain = Markup.plain(text).strip();
        if (plain.isEmpty()) {
            return "";
        }
        if (isAudience(plain) || audienceOpen) {
            audienceOpen = OPEN_END.matcher(plain).matches();
            drop(plain, lineNumber);
            return "";
        }
        if (isLogo(plain)) {
            drop(plain, lineNumber);
            return "";
        }
        return text;
    }

    private static boolean isAudience(String text) {
        String lower = Markup.plain(text).strip().toLowerCase(Locale.ROOT);
        return AUDIENCE_PHRASES.stream().anyMatch(lower::startsWith);
    }

    /** The product type again, alone on its line, maybe with one stray letter the logo's glyph left at its end. */
    private boolean isLogo(String plain) {
        String lower = plain.toLowerCase(Locale.ROOT);
        String lessGlyph = lower.substring(0, lower.length() - 1).strip();
        return productTypes.stream().anyMatch(type -> endsWithWords(type, lower) || endsWithWords(type, lessGlyph));
    }

    private static boolean endsWithWords(String type, String words) {
        return !words.isEmpty() && (type.equals(words) || type.endsWith(" " + words));
    }

    private void drop(String text, int lineNumber) {
        log.warn(
                lineNumber,
                "dropped '" + text + "' above the title as the publisher's banner (its product type,"
                        + " audience line or logo text)",
                "if it is part of the brief's text, put it back below the title");
    }
}
