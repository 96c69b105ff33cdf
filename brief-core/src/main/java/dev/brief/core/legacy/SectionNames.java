package dev.brief.core.legacy;

import java.util.regex.Pattern;

/** The headings whose wording gives a part of a legacy brief its role. Matched in any case. */
final class SectionNames {
    static final Pattern SUMMARY = Pattern.compile("(?i)^\\s*summary\\s*:?\\s*$");
    static final Pattern NOTES = Pattern.compile("(?i)^\\s*(end\\s*)?notes\\s*:?\\s*$");
    static final Pattern ABOUT = Pattern.compile(
            "(?i)^\\s*about\\s+(this|the)\\s+(brief|report|paper|publication|policy brief|peace brief)\\s*:?\\s*$");

    private SectionNames() {}

    static boolean hasRole(String heading) {
        String text = Markup.plain(heading);
        return SUMMARY.matcher(text).matches()
                || NOTES.matcher(text).matches()
                || ABOUT.matcher(text).matches();
    }
}
