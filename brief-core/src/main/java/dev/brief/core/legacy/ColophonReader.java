package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publisher's colophon from the end of a legacy brief: name, address, URL, ISBNs, mission,
 * disclaimer, media contact, copyright line. The colophon is the trailing run of paragraphs that starts with
 * a block only a colophon has (a name over an address, an address, a lone URL, an ISBN line, a disclaimer);
 * paragraphs before that block stay in the body.
 */
final class ColophonReader {
    private static final Pattern ISBN = Pattern.compile("(?i)^(e-?isbn|isbn)(?:-1[03])?\\s*(?:\\(([^)]+)\\))?\\s*:?"
            + "\\s*([0-9][0-9\\- ]{8,}[0-9Xx])\\s*(?:\\(([^)]+)\\))?$");
    private static final Pattern URL_ONLY =
            Pattern.compile("^(https?://)?(www\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(/\\S*)?$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i).*(views expressed|do(es)? not necessarily (reflect|represent)|does not advocate|sole responsibility"
                    + "|does not take (institutional|policy) positions).*");
    private static final Pattern MEDIA =
            Pattern.compile("(?i)^(for )?(media|press) (inquiries|enquiries|contact|office).*"
                    + "|.*\\b(media|press) (inquiries|enquiries)\\b.*");
    private static final Pattern RIGHTS = Pattern.compile("(?i)^(\u00a9|\\(c\\)|copyright\\b).*");

    private final RepairLog log;
    private String name;
    private final List<String> address = new ArrayList<>();
    private String url;
    private String mission;
    private String disclaimer;
    private String mediaContact;
    private String rights;
    private final Map<String, String> isbns = new LinkedHashMap<>();

    private ColophonReader(RepairLog log) {
        this.log = log;
    }

    /** Reads the colophon and removes its blocks from {@code blocks}; blocks it cannot place stay at the end. */
    static Colophon read(List<LegacyBlock> blocks, RepairLog log) {
        return new ColophonReader(log).colophon(blocks);
    }

    private Colophon colophon(List<LegacyBlock> blocks) {
        int runStart = blocks.size();
        // A paragraph with a note number is body text, or a note printed as a paragraph ("<sup>3</sup> Source");
        // either way the colophon comes after it.
        while (runStart > 0
                && blocks.get(runStart - 1).is(LegacyBlock.Kind.PARAGRAPH)
                && !blocks.get(runStart - 1).text().matches("(?is).*<sup>\\s*[0-9].*")) {
            runStart--;
        }
        int start = -1;
        for (int i = runStart; i < blocks.size() && start < 0; i++) {
            LegacyBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (isStrong(blocks.get(i)) || isName(blocks.get(i), next)) {
                start = i;
            }
        }
        if (start < 0) {
            return Colophon.none();
        }
        List<LegacyBlock> run = new ArrayList<>(blocks.subList(start, blocks.size()));
        blocks.subList(start, blocks.size()).clear();
        for (int i = 0; i < run.size(); i++) {
            LegacyBlock block = run.get(i);
            LegacyBlock next = i + 1 < run.size() ? run.get(i + 1) : null;
            if (!place(block, next)) {
                blocks.add(block);
            }
        }
        return new Colophon(
                Optional.ofNullable(name),
                address,
                Optional.ofNullable(url),
                Optional.ofNullable(mission),
                Optional.ofNullable(disclaimer),
                Optional.ofNullable(mediaContact),
                Optional.ofNullable(rights),
                isbns);
    }

    private static boolean isStrong(LegacyBlock block) {
        String text = Markup.plain(block.text());
        return allLines(block, ISBN)
                || allLines(block, URL_ONLY)
                || isAddress(block)
                || RIGHTS.matcher(text).matches()
                || DISCLAIMER.matcher(text).matches();
    }

    private static boolean isName(LegacyBlock block, LegacyBlock next) {
        String text = Markup.plain(block.text());
        return next != null
                && block.wordCount() <= 8
                && !text.matches(".*[0-9].*")
                && !text.matches(".*[.!?:;,]$")
                && (isAddress(next) || allLines(next, URL_ONLY) || allLines(next, ISBN));
    }

    private static boolean isAddress(LegacyBlock block) {
        String text = Markup.plain(block.text());
        boolean shortLines =
                block.lines().stream().allMatch(line -> Markup.plain(line).split("\\s+").length <= 8);
        return text.matches(".*[0-9].*")
                && !text.endsWith(".")
                && shortLines
                && block.wordCount() <= 20
                && !allLines(block, ISBN)
                && !allLines(block, URL_ONLY)
                && !RIGHTS.matcher(text).matches();
    }

    private static boolean allLines(LegacyBlock block, Pattern pattern) {
        return block.lines().stream().map(Markup::plain).allMatch(line -> pattern.matcher(line)
                .matches());
    }

    /** Files one colophon block under its key; false when it has nowhere to go. */
    private boolean place(LegacyBlock block, LegacyBlock next) {
        String text = Markup.plain(block.text());
        if (allLines(block, ISBN)) {
            boolean placed = true;
            for (int i = 0; i < block.lines().size(); i++) {
                placed &= isbn(Markup.plain(block.lines().get(i)), block.line() + i);
            }
            return placed;
        }
        if (allLines(block, URL_ONLY) && url == null) {
            url = Markup.firstLinkTarget(block.text()).orElse(text.matches("https?://.*") ? text : "https://" + text);
            if (Markup.firstLinkTarget(block.text()).isEmpty() && !text.matches("https?://.*")) {
                log.warn(
                        block.line(),
                        "the web address " + text + " was printed without a scheme; wrote " + url,
                        "check that the site answers on https; change `publisher: url:` to http:// if not");
            }
            return found(block, "the publisher's web address", "url");
        }
        if (RIGHTS.matcher(text).matches() && rights == null) {
            rights = text;
            log.warn(block.line(), "took this line as the copyright statement", "check `rights:` in the front matter");
            return true;
        }
        if (DISCLAIMER.matcher(text).matches() && disclaimer == null) {
            disclaimer = text;
            return found(block, "the publisher's disclaimer", "disclaimer");
        }
        if (MEDIA.matcher(text).matches() && mediaContact == null) {
            mediaContact = text;
            return found(block, "the media contact", "media-contact");
        }
        if (isAddress(block) && address.isEmpty()) {
            block.lines().stream()
                    .map(Markup::plain)
                    .filter(line -> !line.isEmpty())
                    .forEach(address::add);
            return found(block, "the publisher's address", "address");
        }
        if (name == null && isNameBlock(block, next)) {
            name = text;
            if (NameRecogniser.inCapitals(text)) {
                name = NameRecogniser.organisationCase(text);
                log.warn(
                        block.line(),
                        "publisher '" + text + "' was printed in capitals; wrote it as '" + name + "'",
                        "check `publisher: name:` is spelt as the publisher spells it");
            }
            return found(block, "the publisher's name", "name");
        }
        mission = mission == null ? text : mission + " " + text;
        return found(block, "part of the publisher's mission statement", "mission");
    }

    private boolean isNameBlock(LegacyBlock block, LegacyBlock next) {
        String text = Markup.plain(block.text());
        return block.wordCount() <= 8
                && !text.matches(".*[0-9].*")
                && !text.matches(".*[.!?:;,]$")
                && (next == null
                        || isAddress(next)
                        || allLines(next, URL_ONLY)
                        || allLines(next, ISBN)
                        || nothingPlaced());
    }

    private boolean nothingPlaced() {
        return address.isEmpty()
                && url == null
                && isbns.isEmpty()
                && mission == null
                && disclaimer == null
                && mediaContact == null
                && rights == null;
    }

    private boolean found(LegacyBlock block, String what, String key) {
        log.warn(
                block.line(),
                "took this text from the colophon as " + what,
                "check `publisher: " + key + ":` in the front matter (or move it to the house file)");
        return true;
    }

    private boolean isbn(String line, int lineNumber) {
        Matcher isbn = ISBN.matcher(line);
        isbn.matches();
        String hint = (isbn.group(1) + " " + (isbn.group(2) == null ? "" : isbn.group(2)) + " "
                        + (isbn.group(4) == null ? "" : isbn.group(4)))
                .toLowerCase(java.util.Locale.ROOT);
        String edition = hint.contains("epub")
                ? "epub"
                : hint.startsWith("e") || hint.matches(".*(pdf|electronic|ebook|e-book|online|digital).*")
                        ? "pdf"
                        : "print";
        String value = isbn.group(3).strip();
        Optional<String> isbn13 = IsbnCheck.isbn13Of(value);
        if (isbn13.isPresent()) {
            log.warn(
                    lineNumber,
                    "converted the ISBN-10 " + value + " to its 13-digit form " + isbn13.get(),
                    "the source format takes ISBN-13 only; check it against the publisher's records");
            value = isbn13.get();
        }
        if (isbns.containsKey(edition)) {
            log.warn(
                    lineNumber,
                    "found a second ISBN for the " + edition + " edition; kept the line in the body",
                    "add it under `identifiers: isbn:` with the edition it belongs to");
            return false;
        }
        isbns.put(edition, value);
        log.warn(
                lineNumber,
                "took " + value + " as the ISBN of the " + edition + " edition (from '" + isbn.group(1) + "')",
                "check the edition under `identifiers: isbn:` (print, pdf, epub)");
        if (!IsbnCheck.valid(value)) {
            log.warn(
                    lineNumber,
                    "the ISBN " + value + " fails its check digit",
                    "compare it with the printed brief and correct it");
        }
        return true;
    }
}
