package dev.brief.pdf.layout;

/** Where an anchor landed: page index and distance from the page top. */
public record Destination(int pageIndex, float top) {}
