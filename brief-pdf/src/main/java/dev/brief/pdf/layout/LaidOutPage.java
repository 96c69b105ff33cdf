package dev.brief.pdf.layout;

import java.util.List;

/** One laid-out page: its number (from 1) and its marks in drawing order, the running header and number first. */
public record LaidOutPage(int number, List<PlacedMark> marks) {
    public LaidOutPage {
        marks = List.copyOf(marks);
    }
}
