package dev.brief.core.legacy;

import java.util.List;

/** One numbered note from the "Notes" list of a legacy brief; {@code paragraphs} are its text, in order. */
record LegacyNote(String label, int line, List<String> paragraphs) {
    LegacyNote {
        paragraphs = List.copyOf(paragraphs);
    }
}
