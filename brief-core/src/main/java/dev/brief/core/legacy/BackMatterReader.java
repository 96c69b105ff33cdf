package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the back matter out of the body: the author information ("Author Information", "About the authors", or a
 * closing line of bold names each with a title) and the disclaimer. They are not sections of the argument: the
 * authors belong in the front matter (their titles as affiliations), the disclaimer in the colophon, which every
 * edition prints after the notes.
 */
final class BackMatterReader {
    static final Pattern AUTHORS_HEADING = Pattern.compile(
            "(?i)^\\s*(author\\s+information|about\\s+the\\s+authors?|authors?|contributors|the\\s+authors?)"
                    + "\\s*:?\\s*$");
    private static final Pattern DISCLAIMER_HEADING = Pattern.compile("(?i)^\\s*disclaimers?\\s*:?\\s*$");
    /** {@code **Carol Hardy Vincent**, Specialist in Natural Resources Policy} */
    private static final Pattern BOLD_NAME_AND_TITLE =
            Pattern.compile("\\*\\*([^*]+?)\\*\\*,?\\s*([^*]+?)\\s*(?=\\*\\*|$)");
    /** The words a printed job title starts with, where the name before it ends. */
    static final Set<String> TITLE_WORDS = Set.of(
            "analyst",
            "specialist",
            "legislative",
            "attorney",
            "deputy",
            "assistant",
            "associate",
            "senior",
            "director",
            "coordinator",
            "reference",
            "research",
            "researcher",
            "fellow",
            "professor",
            "lecturer",
            "librarian",
            "economist",
            "head",
            "chief",
            "manager",
            "visiting",
            "adjunct",
            "lead",
            "principal",
            "editor",
            "consultant",
            "adviser",
            "advisor",
            "officer",
            "counsel",
            "scholar",
            "program",
            "executive",
            "president",
            "chair",
            "member",
            "intern",
            "postdoctoral",
            "section");
    /** A biography opens with the name, then a verb: {@code Jane Doe is a senior fellow at …}. */
    private static final Pattern BIOGRAPHY = Pattern.compile("^(.{3,60}?)(?:,\\s[^,]{3,80},)?\\s"
            + "(?:is|was|has|serves|served|works|worked|leads|led|holds|teaches|joined)\\s");

    private static final Pattern PREPARED_BY = Pattern.compile(
            "(?i)\\b(?:prepared|published|produced|written)\\s+by\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'\u2019-]*\\s*)+)");

    /** What was taken: the authors with their titles, the disclaimer, and the body without them. */
    record BackMatter(
            List<LegacyAuthor> authors,
            Optional<String> disclaimer,
            Optional<String> publisher,
            List<LegacyBlock> body) {}

    private BackMatterReader() {}

    /**
     * Reads the back matter out of {@code blocks}. A disclaimer needs a publisher to belong to: when
     * {@code publisherKnown} is false and the disclaimer names none ("prepared by the …"), it stays in the body.
     */
    static BackMatter read(List<LegacyBlock> blocks, boolean publisherKnown, RepairLog log) {
        List<LegacyBlock> body = new ArrayList<>();
        List<LegacyBlock> disclaimerBlocks = new ArrayList<>();
        List<LegacyAuthor> authors = new ArrayList<>();
        List<String> disclaimer = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            LegacyBlock block = blocks.get(i);
            String heading = block.is(LegacyBlock.Kind.HEADING) ? Markup.plain(block.text()) : "";
            if (AUTHORS_HEADING.matcher(heading).matches()
                    || DISCLAIMER_HEADING.matcher(heading).matches()) {
                boolean isDisclaimer = DISCLAIMER_HEADING.matcher(heading).matches();
                int end = i + 1;
                while (end < blocks.size() && !blocks.get(end).is(LegacyBlock.Kind.HEADING)) {
                    LegacyBlock part = blocks.get(end);
                    if (part.is(LegacyBlock.Kind.PARAGRAPH) && isDisclaimer) {
                        disclaimer.add(Markup.plain(part.text()));
                        disclaimerBlocks.add(part);
                    } else if (part.is(LegacyBlock.Kind.PARAGRAPH)
                            && author(part.text()).isPresent()) {
                        authors.add(author(part.text()).get());
                    } else if (!part.is(LegacyBlock.Kind.RULE)) {
                        body.add(part);
                    }
                    end++;
                }
                if (isDisclaimer) {
                    disclaimerBlocks.add(0, block);
                }
                log.warn(
                        block.line(),
                        isDisclaimer
                                ? "moved the disclaimer under this heading to the colophon (`publisher: disclaimer:`)"
                                : "took the authors under this heading into the front matter, their titles as"
                                        + " affiliations",
                        "check `authors:` and `publisher:` in the front matter against the printed back page");
                i = end;
            } else if (block.is(LegacyBlock.Kind.PARAGRAPH)
                    && isNamesWithTitles(block.text())
                    && onlyBackMatterAfter(blocks, i + 1)) {
                Matcher named = BOLD_NAME_AND_TITLE.matcher(block.text().strip());
                while (named.find()) {
                    authors.add(new LegacyAuthor(
                            named.group(1).strip(),
                            Optional.empty(),
                            Optional.of(
                                    named.group(2).replaceFirst("^,\\s*", "").strip())));
                }
                log.warn(
                        block.line(),
                        "took the closing line of names and titles as the brief's authors",
                        "check `authors:` in the front matter");
                i++;
            } else {
                body.add(block);
                i++;
            }
        }
        String text = String.join(" ", disclaimer);
        Optional<String> publisher = Optional.empty();
        Matcher preparedBy = PREPARED_BY.matcher(text);
        if (preparedBy.find()) {
            publisher = Optional.of(preparedBy.group(1).strip());
        }
        if (!text.isEmpty() && publisher.isEmpty() && !publisherKnown) {
            log.warn(
                    disclaimerBlocks.get(0).line(),
                    "kept the disclaimer in the body: it names no publisher for the" + " colophon",
                    "add `publisher:` with `name:` and `disclaimer:` to the front matter, and delete" + " the section");
            body.addAll(disclaimerBlocks);
            return new BackMatter(authors, Optional.empty(), Optional.empty(), body);
        }
        return new BackMatter(authors, text.isEmpty() ? Optional.empty() : Optional.of(text), publisher, body);
    }

    /**
     * An author-information line: a name, then the title that starts at the first word titles start with; or an
     * "about the authors" paragraph: a name, then what the author is or does ("… is a senior fellow …"), kept
     * whole as the author's biography. Anything else is no author.
     */
    static Optional<LegacyAuthor> author(String line) {
        String plain = Markup.plain(line);
        Matcher bio = BIOGRAPHY.matcher(plain);
        if (bio.lookingAt() && NameRecogniser.isName(bio.group(1).strip())) {
            return Optional.of(
                    new LegacyAuthor(bio.group(1).strip(), Optional.empty(), Optional.empty(), Optional.of(plain)));
        }
        String[] words = plain.split("\\s+");
        for (int split = 2; split < words.length; split++) {
            if (TITLE_WORDS.contains(words[split].toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(new LegacyAuthor(
                        String.join(" ", java.util.Arrays.copyOfRange(words, 0, split)),
                        Optional.empty(),
                        Optional.of(String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length)))));
            }
        }
        return NameRecogniser.isName(plain)
                ? Optional.of(new LegacyAuthor(plain, Optional.empty(), Optional.empty()))
                : Optional.empty();
    }

    static boolean isBackMatterHeading(String heading) {
        return AUTHORS_HEADING.matcher(heading).matches()
                || DISCLAIMER_HEADING.matcher(heading).matches();
    }

    /** Only bold names, each followed by a job title ("Specialist in …", "Analyst in …"). */
    private static boolean isNamesWithTitles(String text) {
        Matcher named = BOLD_NAME_AND_TITLE.matcher(text.strip());
        int groups = 0;
        while (named.find()) {
            String title = named.group(2).replaceFirst("^,\\s*", "").strip();
            String firstWord = title.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (!NameRecogniser.isName(named.group(1).strip()) || !TITLE_WORDS.contains(firstWord)) {
                return false;
            }
            groups++;
        }
        return groups > 0
                && text.strip().startsWith("**")
                && BOLD_NAME_AND_TITLE.matcher(text.strip()).replaceAll("").isBlank();
    }

    /** Only page ends, back-matter sections and furniture follow: the line closes the brief. */
    private static boolean onlyBackMatterAfter(List<LegacyBlock> blocks, int from) {
        for (LegacyBlock block : blocks.subList(from, blocks.size())) {
            if (block.is(LegacyBlock.Kind.HEADING)) {
                String heading = Markup.plain(block.text());
                return AUTHORS_HEADING.matcher(heading).matches()
                        || DISCLAIMER_HEADING.matcher(heading).matches();
            }
            if (!block.is(LegacyBlock.Kind.RULE)) {
                return false;
            }
        }
        return true;
    }
}
