package dev.brief.pdf.layout;

/**
 * A mark at its place on a page: the left edge and top of the row that holds it, in points from the page's top
 * left corner, and the row's index on the page (link areas are gathered row by row).
 */
public record PlacedMark(Mark mark, float x, float top, int row) {}
