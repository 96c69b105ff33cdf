package dev.brief.core.legacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of a legacy brief: the author block (names, email lines, affiliations) above the title, the
 * title heading, and a subtitle right under it. It removes what it reads from the block list and leaves the
 * body.
 */
final class MastheadReader {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern EMAIL_LABEL = Pattern.compile("(?i)^\\s*(e-?mail|email address)\\s*:?\\s*");
    private static final Pattern SERIES =
            Pattern.compile("(?i)^(.{0,60}?\\b(?:brief|report|paper|note|series|analysis|commentary))"
                    + "\\s+(?:no\\.?\\s*|number\\s+|#)?([0-9]{1,5})$");

    private final RepairLog log;
    private final AuthorCollector authors;
    private final MastheadBanner banner;
    private final List<LegacyBlock> keptLines = new ArrayList<>();
    private String series;
    private String number;

    private MastheadReader(RepairLog log) {
        this.log = log;
        this.authors = new AuthorCollector(log);
        this.banner = new MastheadBanner(log);
    }

    /** Reads the masthead from the front of {@code blocks}, removing the blocks it used. */
    static Masthead read(List<LegacyBlock> blocks, Path file, RepairLog log) {
        return new MastheadReader(log).masthead(blocks, file);
    }

    private Masthead masthead(List<LegacyBlock> blocks, Path file) {
        int titleIndex = titleIndex(blocks);
        int authorEnd = titleIndex >= 0 ? titleIndex : firstHeading(blocks);
        for (LegacyBlock block : blocks.subList(0, authorEnd)) {
            if (block.is(LegacyBlock.Kind.PARAGRAPH)) {
                for (int i = 0; i < block.lines().size(); i++) {
                    line(block.lines().get(i), block.line() + i);
                }
            } else {
                keptLines.add(block);
            }
        }
        String title;
        Optional<String> subtitle = Optional.empty();
        if (titleIndex >= 0) {
            LegacyBlock heading = blocks.get(titleIndex);
            title = Markup.plain(heading.text());
            log.warn(
                    heading.line(),
                    "took this heading as the brief's title",
                    "check `title:` in the front matter against the printed cover");
            int after = titleIndex + 1;
            subtitle = subtitle(blocks, titleIndex);
            if (subtitle.isPresent()) {
                log.warn(
                        blocks.get(after).line(),
                        "took this line as the subtitle",
                        "check `subtitle:`; if it is a section heading, move it back into the body");
                after++;
            }
            blocks.subList(0, after).clear();
        } else {
            title = file.getFileName() == null
                    ? "Untitled"
                    : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            log.warn(
                    1,
                    "found no title heading; used the file name '" + title + "' as the title",
                    "set `title:` in the front matter to the printed title");
            blocks.subList(0, authorEnd).clear();
        }
        return new Masthead(
                title,
                subtitle,
                Optional.ofNullable(series),
                Optional.ofNullable(number),
                authors.authors(),
                keptLines);
    }

    /** The first heading that is not one the importer gives another role (summary, notes, about box). */
    private static int titleIndex(List<LegacyBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            LegacyBlock block = blocks.get(i);
            if (block.is(LegacyBlock.Kind.HEADING)) {
                return SectionNames.hasRole(block.text()) ? -1 : i;
            }
        }
        return -1;
    }

    private static int firstHeading(List<LegacyBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).is(LegacyBlock.Kind.HEADING)) {
                return i;
            }
        }
        return 0;
    }

    /** A deeper heading right under the title that has no text of its own, or a short emphasised line. */
    private static Optional<String> subtitle(List<LegacyBlock> blocks, int titleIndex) {
        if (titleIndex + 1 >= blocks.size()) {
            return Optional.empty();
        }
        LegacyBlock title = blocks.get(titleIndex);
        LegacyBlock next = blocks.get(titleIndex + 1);
        boolean followedByText =
                titleIndex + 2 < blocks.size() && blocks.get(titleIndex + 2).is(LegacyBlock.Kind.PARAGRAPH);
        if (next.is(LegacyBlock.Kind.HEADING)
                && next.level() > title.level()
                && !followedByText
                && !SectionNames.hasRole(next.text())) {
            return Optional.of(Markup.plain(next.text()));
        }
        String text = next.text();
        if (next.is(LegacyBlock.Kind.PARAGRAPH)
                && next.lines().size() == 1
                && next.wordCount() <= 20
                && text.matches("([*_]).+\\1")
                && !text.matches(".*[.!?][*_]$")) {
            return Optional.of(Markup.plain(text));
        }
        return Optional.empty();
    }

    private void line(String raw, int lineNumber) {
        String line = banner.rest(raw.strip().replaceFirst("\\\\$", "").strip(), lineNumber);
        String plain = Markup.plain(line);
        if (plain.isEmpty()) {
            return;
        }
        Matcher email = EMAIL.matcher(plain);
        if (email.find() && isOnlyEmail(plain, email.group())) {
            if (!authors.email(email.group(), lineNumber)) {
                keptLines.add(LegacyBlock.paragraph(lineNumber, List.of("<" + email.group() + ">")));
                log.warn(
                        lineNumber,
                        "found the email " + email.group() + " with no author before it; kept it in" + " the body",
                        "add it as `email:` of the right author in the front matter");
            }
            return;
        }
        Matcher seriesLine = SERIES.matcher(plain);
        if (seriesLine.matches() && series == null) {
            series = seriesLine.group(1);
            number = seriesLine.group(2);
            log.warn(
                    lineNumber,
                    "took '" + plain + "' as series '" + series + "', number " + number,
                    "check `series:` and `number:` in the front matter");
            return;
        }
        Optional<List<String>> names = NameRecogniser.names(plain);
        if (names.isPresent()) {
            for (String name : names.get()) {
                authors.add(name, lineNumber);
            }
            return;
        }
        Optional<String[]> nameAndAffiliation = NameRecogniser.nameWithAffiliation(plain);
        if (nameAndAffiliation.isPresent()) {
            authors.add(nameAndAffiliation.get()[0], lineNumber);
            authors.affiliation(nameAndAffiliation.get()[1], lineNumber);
            return;
        }
        if (!authors.isEmpty()) {
            authors.affiliation(plain, lineNumber);
            return;
        }
        keptLines.add(LegacyBlock.paragraph(lineNumber, List.of(line)));
        log.warn(
                lineNumber,
                "kept this line above the title as the first paragraph of the body",
                "if it is metadata (a date, a series), move it into the front matter");
    }

    private static boolean isOnlyEmail(String plain, String address) {
        String rest = EMAIL_LABEL.matcher(plain).replaceFirst("").replace(address, "");
        return rest.replaceAll("[\\p{Punct}\\s]", "").isEmpty();
    }
}
