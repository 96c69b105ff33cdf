package dev.brief.core.legacy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the brief's date from a line of its own before the first section ({@code Updated April 20, 2026},
 * {@code April 9, 2026}, {@code 20 April 2026}) into the front matter's {@code date:}. Cover pages print the date
 * more than once; every line of its own giving the same date goes, wherever it stands.
 */
final class DateLineReader {
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)^(?:(?:updated|published|issued|revised|released)\\s+)?([a-z]+)\\s+(\\d{1,2}),\\s*(\\d{4})\\.?$");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)^(?:(?:updated|published|issued|revised|released)\\s+)?(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})\\.?$");

    /** The date found, if any, and the blocks without its lines. */
    record Dated(Optional<LocalDate> date, List<LegacyBlock> blocks) {}

    private DateLineReader() {}

    static Dated read(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> kept = new ArrayList<>();
        LocalDate date = null;
        boolean inBody = false;
        for (LegacyBlock block : blocks) {
            inBody |= block.is(LegacyBlock.Kind.HEADING);
            Optional<LocalDate> found =
                    !block.is(LegacyBlock.Kind.PARAGRAPH) || block.lines().size() != 1
                            ? Optional.empty()
                            : date(Markup.plain(block.text()));
            // past the first section only a repeat of the date goes: a cover page prints it again over the summary
            if (found.isPresent() && (date == null ? !inBody : date.equals(found.get()))) {
                if (date == null) {
                    log.warn(
                            block.line(),
                            "took '" + Markup.plain(block.text()) + "' as the brief's date `" + found.get() + "`",
                            "check `date:` in the front matter");
                } else {
                    log.warn(block.line(), "dropped this repeated date line", "nothing to do if it repeats the date");
                }
                date = found.get();
            } else {
                kept.add(block);
            }
        }
        return new Dated(Optional.ofNullable(date), kept);
    }

    static Optional<LocalDate> date(String line) {
        Matcher monthFirst = MONTH_FIRST.matcher(line.strip());
        Matcher dayFirst = DAY_FIRST.matcher(line.strip());
        if (monthFirst.matches()) {
            return of(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
        }
        if (dayFirst.matches()) {
            return of(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String monthName, String day) {
        for (Month month : Month.values()) {
            if (month.name().equals(monthName.toUpperCase(Locale.ROOT))) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
